export { generateDemoRegister, type DemoOptions, type DemoRegister } from './demo-register';
export { createRandom, type Random } from './prng';
