export { generateDemoRegister, type DemoOptions, type DemoRegister } from './demo-register';
export { createRandom, type Random } from './prng';
export { generateSocialDemoRegister, type SocialDemoOptions } from './demo-clients';
