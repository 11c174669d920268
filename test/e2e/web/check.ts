/**
 * The few assertions the web suite needs. `node:assert` is a Node built-in: the suite runs in the
 * browser's web worker extension host, bundled for the browser, where there is none.
 */

export class CheckFailed extends Error {}

const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value));

export function ok(value: unknown, message = 'expected a true value'): asserts value {
  if (!value) throw new CheckFailed(message);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected) throw new CheckFailed(`${message ? `${message}: ` : ''}${show(actual)} !== ${show(expected)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new CheckFailed(`${message ? `${message}: ` : ''}\n  actual   ${show(actual)}\n  expected ${show(expected)}`);
}

export function match(text: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(text)) throw new CheckFailed(`${message ? `${message}: ` : ''}${show(text)} does not match ${pattern}`);
}
