// The one services instance of this renderer. Built lazily so tests and the first paint do not
// open the database before they need it.
import { checkPassword } from '@shared/password';
import { createServices, type Services } from '../services';

let instance: Services | undefined;

export const services = (): Services => {
  instance ??= createServices({ checkPassword });
  return instance;
};
