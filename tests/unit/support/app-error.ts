// The AppError a call throws or a promise rejects with, for tests that check its exact code,
// i18n key and details (a plain `toThrow()` would also pass on a TypeError from a typo).
import { AppError } from '@shared/errors/app-error';

/** The AppError `run` throws; fails the test when it throws nothing or something else. */
export const thrownAppError = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};

/** The AppError `promise` rejects with; fails the test when it resolves or rejects otherwise. */
export const rejectedAppError = async (promise: Promise<unknown>): Promise<AppError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};
