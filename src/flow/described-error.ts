/**
 * Errors as the flow keeps them: described by a message key and its parameters, and
 * translated only when shown, so that a change of language translates them again.
 */
import type { MessageKey, MessageParams, Translate } from '../messages.js';
import type { ErrorField, FlowError } from './types.js';

/**
 * An error to show, with what is needed to translate its message again: a key of the
 * sign-in's table, or of the table of the flow that shows it.
 */
export interface DescribedError<Key extends string = MessageKey> {
  readonly code: string;
  readonly key: Key;
  readonly params?: MessageParams;
  readonly field?: ErrorField;
  /** Epoch milliseconds when trying again is allowed. */
  readonly retryAt?: number;
}

/** One of this package's own errors, with its message under `clerkMfaElements.errors.*`. */
export function packageError(
  code:
    | 'network_error'
    | 'service_unavailable'
    | 'clerk_load_failed'
    | 'unknown_error'
    | 'no_supported_factor'
    | 'reset_unavailable',
): DescribedError {
  return { code, key: `clerkMfaElements.errors.${code}` };
}

/** An error of what was typed, found before anything is sent. */
export function fieldError(
  code:
    | 'identifier_required'
    | 'password_required'
    | 'code_required'
    | 'code_length'
    | 'backup_code_format',
  field: ErrorField,
): DescribedError {
  return { code, key: `clerkMfaElements.errors.${code}`, field };
}

/**
 * Translates described errors, giving the same `FlowError` object for the same error
 * until the translator changes, so that snapshots of an unchanged state compare equal.
 */
export class ErrorTranslator<Key extends string = MessageKey> {
  #last: { readonly described: DescribedError<Key>; readonly error: FlowError } | null = null;

  constructor(private translator: Translate<Key>) {}

  /** Translates with `translator` from now on. */
  use(translator: Translate<Key>): void {
    this.translator = translator;
    this.#last = null;
  }

  readonly translate = (described: DescribedError<Key>): FlowError => {
    if (this.#last?.described === described) return this.#last.error;
    const error: FlowError = {
      code: described.code,
      message: this.translator(described.key, described.params),
      ...(described.field ? { field: described.field } : {}),
      ...(described.retryAt !== undefined ? { retryAt: described.retryAt } : {}),
    };
    this.#last = { described, error };
    return error;
  };
}
