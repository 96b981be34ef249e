/** Compile-time guard for switches over enums: adding an enum member breaks the build here. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
