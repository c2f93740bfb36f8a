// tsd's assertion functions, for the programs that plain `tsc` compiles (every TypeScript version of the
// matrix, the consumer settings, the peers). tsd checks `expectType<T>(value)` as type identity itself;
// under plain tsc a function call can only check assignability, so the runner rewrites each call to
// `expectType<T>()(value)`, which compiles only when the value's type is exactly T (not a subtype, not a
// supertype, not any). Works on TypeScript 4.0 and later.

/** true when A and B are the same type; false when one is merely assignable to the other. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false

/**
 * Compiles only when the value's type is exactly T: `expectType<T>()(value)`. Otherwise the call lacks a
 * second argument of type never (TS2554), which holds for `any` too.
 */
export declare function expectType<T>(): <U>(value: U, ...notExactly: Same<T, U> extends true ? [] : [never]) => void
/** The value is assignable to T. */
export declare const expectAssignable: <T>(expression: T) => void
/** tsd checks these itself; under plain tsc they accept anything. */
export declare const expectNotType: <T>(expression: any) => void
export declare const expectNotAssignable: <T>(expression: any) => void
export declare const expectError: <T = any>(expression: T) => void
export declare const expectDeprecated: (expression: any) => void
export declare const expectNotDeprecated: (expression: any) => void
export declare const expectNever: (expression: never) => never
export declare const printType: (expression: any) => void
export declare const expectDocCommentIncludes: <T>(expression: any) => void
