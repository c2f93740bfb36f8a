// The runtime types (runtime.d.ts) as `/module` exports: every one of them named as code names it; each
// member's exact signature and modifiers on WeChat 4.2 and on the cells where it differs (a listener
// returns void); a call of a missing member gives never; React Native's result without the DOM lib, whole.
import { expectType } from 'tsd'
import type {
  FetchResponse,
  FetchResponseMembers,
  HeadersReceivedResult,
  NewestLine,
  NotAtRuntime,
  ProgressUpdateResult,
  TaroLine,
  TaroPlatform,
  TaroVersion,
  UploadResult,
  UploadTaskPromise,
  UploadTaskPromiseMembers,
} from 'taro-upload-task-types/module'

declare const upload: UploadTaskPromise<'4.2', 'weapp'>
declare const progressEvent: ProgressUpdateResult<'4.2', 'weapp'>
declare const headerEvent: HeadersReceivedResult<'4.2', 'weapp'>
declare const result: UploadResult<'4.2', 'weapp'>

// What WeChat delivers on Taro 4.2.
expectType<{ progress: number; totalBytesExpectedToSend: number; totalBytesSent: number }>(progressEvent)
expectType<{ header: Record<string, string> }>(headerEvent)
expectType<{ data: string; errMsg: string; statusCode: number }>(result)

// The listener members, exactly: each takes a listener that returns void; progress chains.
expectType<(listener: (result: ProgressUpdateResult<'4.2', 'weapp'>) => void) => void>(upload.onProgressUpdate)
expectType<(listener: (result: HeadersReceivedResult<'4.2', 'weapp'>) => void) => void>(upload.onHeadersReceived)
expectType<(listener: (result: ProgressUpdateResult<'4.2', 'weapp'>) => void) => UploadTaskPromise<'4.2', 'weapp'>>(upload.progress)

// On H5, abort takes no callback and gives void.
declare const h5Upload42: UploadTaskPromise<'4.2', 'h5'>
expectType<() => void>(h5Upload42.abort)

// Their modifiers too: each is a required property the code may assign, as on the runtime's object.
declare const listening: Pick<UploadTaskPromise<'4.2', 'weapp'>, 'onProgressUpdate' | 'offProgressUpdate' | 'onHeadersReceived' | 'offHeadersReceived'>
expectType<{
  onProgressUpdate: (listener: (result: ProgressUpdateResult<'4.2', 'weapp'>) => void) => void
  offProgressUpdate: (listener?: (result: ProgressUpdateResult<'4.2', 'weapp'>) => void) => void
  onHeadersReceived: (listener: (result: HeadersReceivedResult<'4.2', 'weapp'>) => void) => void
  offHeadersReceived: (listener?: (result: HeadersReceivedResult<'4.2', 'weapp'>) => void) => void
}>(listening)

// So are the members that chain on WeChat (abort takes a callback; headersReceived is 2.1's), and H5's
// headersReceive, whose listener returns void.
declare const chaining: Pick<UploadTaskPromise<'4.2', 'weapp'>, 'abort' | 'progress'>
expectType<{
  abort: (callback?: () => void) => UploadTaskPromise<'4.2', 'weapp'>
  progress: (listener: (result: ProgressUpdateResult<'4.2', 'weapp'>) => void) => UploadTaskPromise<'4.2', 'weapp'>
}>(chaining)
declare const chaining21: Pick<UploadTaskPromise<'2.1', 'weapp'>, 'headersReceived'>
expectType<{ headersReceived: (listener: (result: HeadersReceivedResult<'2.1', 'weapp'>) => void) => UploadTaskPromise<'2.1', 'weapp'> }>(chaining21)
declare const h5Receiving: Pick<typeof h5Upload42, 'headersReceive'>
expectType<{ headersReceive: (listener: (result: HeadersReceivedResult<'4.2', 'h5'>) => void) => void }>(h5Receiving)

// Where off* with no argument removes nothing (H5 3.6.16 to 3.6.23), the listener is required: the same
// listener type as on*'s, whose event is required too.
declare const h5Listening: UploadTaskPromise<'3.6.16', 'h5'>
expectType<(listener: (result: ProgressUpdateResult<'3.6.16', 'h5'>) => void) => void>(h5Listening.offProgressUpdate)
expectType<(listener: (result: HeadersReceivedResult<'3.6.16', 'h5'>) => void) => void>(h5Listening.offHeadersReceived)

// What awaiting gives on React Native in a program without the DOM lib (this one has none): the fallback
// for the DOM's Response, whose readers resolve as Response's do.
declare const rnResult: UploadResult<'4.2', 'rn'>
expectType<{
  readonly ok: boolean
  readonly status: number
  readonly statusText: string
  readonly url: string
  json(): Promise<any>
  text(): Promise<string>
}>(rnResult)
// Named as a library's emitted declarations name it: both names are exported, and they are the result.
expectType<FetchResponseMembers>(rnResult)
expectType<FetchResponse>(rnResult)

// The names of versions and platforms, and the default line.
declare const newest: NewestLine
expectType<'4.2'>(newest)
export const line: TaroLine = '3.4'
export const release: TaroVersion = '3.4.1'
export const platform: TaroPlatform = 'alipay'

// Why a member cannot be called: its fields are there, and required.
declare const missing: NotAtRuntime<'abort', 'h5', '3.6.1–3.6.15'>
expectType<'abort'>(missing.member)
expectType<'h5'>(missing.platforms)
expectType<'3.6.1–3.6.15'>(missing.taro)

// The `this` of a member that fails on some of the platforms names those platforms and the ranges of
// releases where it fails on one of them: on 3.4.3, onHeadersReceived is WeChat's own method and H5 has
// none, so a call on `weapp | h5` names H5 and 3.4.3–3.4.10.
// (ThisParameterType reads unknown there before TypeScript 4.7, whose lib matched `...args: any[]`.)
type ThisOf<F> = F extends (this: infer T, ...args: never[]) => unknown ? T : never
declare const weappH5Upload343: UploadTaskPromise<'3.4.3', 'weapp' | 'h5'>
declare const headersThis: ThisOf<typeof weappH5Upload343.onHeadersReceived>
expectType<NotAtRuntime<'onHeadersReceived', 'h5', '3.4.3–3.4.10'>>(headersThis)

// A call the runtime has no member for throws, so it gives never: code after it is unreachable, and
// nothing can be chained onto it as if it had returned the upload.
declare const h5Upload: UploadTaskPromise<'3.6.1', 'h5'>
// @ts-expect-error TS2739 (TS2684 before 7.0): H5 3.6.1 to 3.6.15 has no abort
const thrown = h5Upload.abort()
expectType<never>(thrown)

// Deprecated since 3.0: the same type as UploadTaskPromise.
declare const members: UploadTaskPromiseMembers<'4.2', 'weapp'>
expectType<UploadTaskPromise<'4.2', 'weapp'>>(members)

// ---------------------------------------------------------------------------------------------
// Mistakes that must stay errors.
// ---------------------------------------------------------------------------------------------

// @ts-expect-error TS2322: 4.3 is no line the probe executed
export const future: TaroLine = '4.3'
// @ts-expect-error TS2820 (TS2322 before 4.5): 4.1.3 was never published (4.5 on suggests 4.1.4)
export const unpublished: TaroVersion = '4.1.3'
// @ts-expect-error TS2322: WeChat is 'weapp' in Taro
export const wechat: TaroPlatform = 'wechat'
