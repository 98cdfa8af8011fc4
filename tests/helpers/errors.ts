import { expect } from 'vitest';
import { AppError } from '../../src/core/errors';

/** Runs a call that must throw, checks that it threw an AppError and returns it. */
export function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected an error');
}
