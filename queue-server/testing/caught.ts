import { AppError } from '../../shared/errors.ts';

/** The AppError an action throws (a test fails if it throws nothing, or something else). */
export function caught(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
