// The exact expectType the matrix relies on (scripts/lib/tsd-assertions.d.ts), checked on the oldest and
// the newest compiler: identity passes, and a subtype, a supertype or any is rejected.
import { expectType } from 'tsd'

declare const one: 1
declare const count: number
declare const anything: any
declare const listener: (result: { progress: number }) => void

expectType<1>(one)
expectType<number>(count)
expectType<(result: { progress: number }) => void>(listener)

// @ts-expect-error TS2554: 1 is assignable to number, but not the same type
expectType<number>(one)

// @ts-expect-error TS2554: number is wider than 1
expectType<1>(count)

// @ts-expect-error TS2554: any is not the same type as number
expectType<number>(anything)

// @ts-expect-error TS2554: a listener taking more fields is a different type
expectType<(result: { progress: number; totalBytesSent: number }) => void>(listener)
