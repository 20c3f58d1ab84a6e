/**
 * What a template helper throws when a template gives it what it cannot use: the document's own
 * helpers (`bloc`, markup.ts) and the report's (render/helpers.ts) alike. Handled as template
 * errors, located at the helper's call (render/template-errors.ts).
 */

/** What a helper expects of an argument. */
export type Expected = 'number' | 'text' | 'list' | 'one-value' | 'object-and-key';

/** A helper given what it cannot use; located by the helper's call in the template. */
export class HelperArgumentError extends Error {
  constructor(
    readonly helper: string,
    readonly expected: Expected,
    readonly received: unknown,
  ) {
    super(`${helper}: ${expected} expected`);
  }
}

/** `{{#bloc "x"}}` with a role the writers do not know. */
export class UnknownRoleError extends Error {
  constructor(
    readonly role: string,
    readonly roles: readonly string[],
  ) {
    super(`unknown role ${role}`);
  }
}
