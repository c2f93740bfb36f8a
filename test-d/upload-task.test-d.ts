// Taro.UploadTask through the global entry, as a user gets it from tsconfig
// `"types": ["taro-upload-task-types/global"]` (the scratch consumer's tsconfig sets exactly that).
// Order: methods, callbacks, results (as in the spec), then the on/off pattern, then the mistakes.
import { expectAssignable, expectType } from 'tsd'

/** Stands in for console.log: the consumer compiles without DOM or Node typings, as mini-programs do. */
declare function log(...values: unknown[]): void

declare const task: Taro.UploadTask

// ---------------------------------------------------------------------------------------------
// Methods: the seven of the spec, each returning void.
// ---------------------------------------------------------------------------------------------
expectType<() => void>(task.abort)
expectType<
  (callback?: Taro.UploadTask.OnHeadersReceivedCallback | Taro.UploadTask.OffHeadersReceivedCallback) => void
>(task.offHeadersReceived)
expectType<
  (callback?: Taro.UploadTask.OnProgressUpdateCallback | Taro.UploadTask.OffProgressUpdateCallback) => void
>(task.offProgressUpdate)
expectType<(callback: Taro.UploadTask.OnHeadersReceivedCallback) => void>(task.onHeadersReceived)
expectType<(callback: Taro.UploadTask.OnHeadersReceivedCallback) => void>(task.headersReceived)
expectType<(callback: Taro.UploadTask.OnProgressUpdateCallback) => void>(task.onProgressUpdate)
expectType<(callback: Taro.UploadTask.OnProgressUpdateCallback) => void>(task.progress)

// The aliases are the very same function type as their methods, not a look-alike.
expectType<Taro.UploadTask['onHeadersReceived']>(task.headersReceived)
expectType<Taro.UploadTask['onProgressUpdate']>(task.progress)
// The two aliases are properties: plain ones, neither readonly nor optional, as the methods they copy.
declare const aliases: Pick<Taro.UploadTask, 'headersReceived' | 'progress'>
expectType<{ headersReceived: Taro.UploadTask['onHeadersReceived']; progress: Taro.UploadTask['onProgressUpdate'] }>(aliases)

// Exactly these seven members, nothing more.
declare const memberName: keyof Taro.UploadTask
expectType<
  | 'abort'
  | 'offHeadersReceived'
  | 'offProgressUpdate'
  | 'onHeadersReceived'
  | 'headersReceived'
  | 'onProgressUpdate'
  | 'progress'
>(memberName)

expectType<void>(task.abort())

// ---------------------------------------------------------------------------------------------
// Callbacks: the four callback types of the spec.
// ---------------------------------------------------------------------------------------------
declare const onProgress: Taro.UploadTask.OnProgressUpdateCallback
declare const offProgress: Taro.UploadTask.OffProgressUpdateCallback
declare const onHeaders: Taro.UploadTask.OnHeadersReceivedCallback
declare const offHeaders: Taro.UploadTask.OffHeadersReceivedCallback
expectType<(result: Taro.UploadTask.OnProgressUpdateCallbackResult) => void>(onProgress)
expectType<(res: Taro.General.CallbackResult) => void>(offProgress)
expectType<(result: Taro.UploadTask.OnHeadersReceivedCallbackResult) => void>(onHeaders)
expectType<(res: Taro.General.CallbackResult) => void>(offHeaders)

// ---------------------------------------------------------------------------------------------
// Results: the two result shapes, field by field, and nothing else on them.
// ---------------------------------------------------------------------------------------------
declare const progressResult: Taro.UploadTask.OnProgressUpdateCallbackResult
expectType<number>(progressResult.progress)
expectType<number>(progressResult.totalBytesSent)
expectType<number>(progressResult.totalBytesExpectedToSend)
declare const progressField: keyof Taro.UploadTask.OnProgressUpdateCallbackResult
expectType<'progress' | 'totalBytesSent' | 'totalBytesExpectedToSend'>(progressField)

declare const headersResult: Taro.UploadTask.OnHeadersReceivedCallbackResult
expectType<Record<string, any>>(headersResult.header)
declare const headersField: keyof Taro.UploadTask.OnHeadersReceivedCallbackResult
expectType<'header'>(headersField)

declare const general: Taro.General.CallbackResult
expectType<string>(general.errMsg)
declare const generalField: keyof Taro.General.CallbackResult
expectType<'errMsg'>(generalField)

// Whole shapes, as identity: exactly these fields, none readonly, none optional, nothing else.
expectType<{ progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }>(progressResult)
expectType<{ header: Record<string, any> }>(headersResult)
expectType<{ errMsg: string }>(general)

// ---------------------------------------------------------------------------------------------
// Contextual typing: an inline listener gets its result type from every listener method.
// ---------------------------------------------------------------------------------------------
task.onProgressUpdate(result => expectType<Taro.UploadTask.OnProgressUpdateCallbackResult>(result))
task.progress(result => expectType<Taro.UploadTask.OnProgressUpdateCallbackResult>(result))
task.onHeadersReceived(result => expectType<Taro.UploadTask.OnHeadersReceivedCallbackResult>(result))
task.headersReceived(result => expectType<Taro.UploadTask.OnHeadersReceivedCallbackResult>(result))

// Destructuring in the parameter list keeps the field types.
task.onProgressUpdate(({ progress, totalBytesSent, totalBytesExpectedToSend }) => {
  expectType<number>(progress)
  expectType<number>(totalBytesSent)
  expectType<number>(totalBytesExpectedToSend)
})
task.headersReceived(({ header }) => {
  expectType<Record<string, any>>(header)
  expectType<any>(header['Content-Type'])
})

// A listener that ignores its argument is fine.
task.onProgressUpdate(() => undefined)

// ---------------------------------------------------------------------------------------------
// The on/off pattern: off takes the very function object given to on (or its alias),
// off() with no argument removes every listener, and the spec's off form still works.
// ---------------------------------------------------------------------------------------------
const showProgress = (result: Taro.UploadTask.OnProgressUpdateCallbackResult): void => {
  log(result.progress)
}
task.onProgressUpdate(showProgress)
task.offProgressUpdate(showProgress)
task.progress(showProgress)
task.offProgressUpdate(showProgress)
task.offProgressUpdate()

const showHeader: Taro.UploadTask.OnHeadersReceivedCallback = ({ header }) => log(header)
task.onHeadersReceived(showHeader)
task.offHeadersReceived(showHeader)
task.headersReceived(showHeader)
task.offHeadersReceived(showHeader)
task.offHeadersReceived()

const specOffForm = (res: Taro.General.CallbackResult): void => log(res.errMsg)
task.offProgressUpdate(specOffForm)
task.offHeadersReceived(specOffForm)
task.offProgressUpdate(offProgress)
task.offHeadersReceived(offHeaders)

// The entry can also be imported (`taro-upload-task-types/global`): the imported name is the global one.
import type { UploadTask, CallbackResult } from 'taro-upload-task-types/global'
declare const imported: UploadTask
expectType<Taro.UploadTask>(imported)
expectType<UploadTask.OnProgressUpdateCallbackResult>(progressResult)
expectAssignable<CallbackResult>(general)
expectType<Taro.General.CallbackResult>(general as CallbackResult)

// `/module` exports the very same declarations (it is the file the global entry points at).
import type * as ModuleEntry from 'taro-upload-task-types/module'
declare const fromModule: ModuleEntry.UploadTask
expectType<Taro.UploadTask>(fromModule)
expectType<Taro.UploadTask.For<'weapp'>>(null! as ModuleEntry.For<'weapp'>)

// ---------------------------------------------------------------------------------------------
// Mistakes that must stay errors. Each names the error code it expects; `npm test` checks the
// code too, not only that some error happens on the line.
// ---------------------------------------------------------------------------------------------

// abort takes no argument.
// @ts-expect-error TS2554: abort() takes no argument
task.abort('user cancelled')

// UploadTask has no cancel, pause or resume (those belong to other APIs or platforms).
// @ts-expect-error TS2339: cancel does not exist; the method is abort
task.cancel()
// @ts-expect-error TS2339: pause does not exist on UploadTask
task.pause()
// @ts-expect-error TS2339: resume does not exist on UploadTask
task.resume()

// A listener method without a listener.
// @ts-expect-error TS2554: onProgressUpdate needs a listener
task.onProgressUpdate()
// @ts-expect-error TS2554: onHeadersReceived needs a listener
task.onHeadersReceived()
// @ts-expect-error TS2554: the progress alias needs a listener too
task.progress()
// @ts-expect-error TS2554: off takes at most one listener
task.offProgressUpdate(showProgress, showProgress)

// A listener that is not a function.
// @ts-expect-error TS2345: a string is not a listener
task.onProgressUpdate('showProgress')
const listenerObject = { handleEvent: showHeader }
// @ts-expect-error TS2345: a DOM-style listener object is not a listener; pass the function
task.onHeadersReceived(listenerObject)
// @ts-expect-error TS2345: null is not a listener (use offProgressUpdate() to remove all)
task.offProgressUpdate(null)

// A listener typed for the other event.
// @ts-expect-error TS2345: a header listener cannot listen to progress
task.onProgressUpdate(showHeader)
// @ts-expect-error TS2345: a progress listener cannot listen to headers
task.headersReceived(showProgress)
// @ts-expect-error TS2345: off for progress cannot remove a header listener
task.offProgressUpdate(showHeader)
// @ts-expect-error TS2345: off for headers cannot remove a progress listener
task.offHeadersReceived(showProgress)
// @ts-expect-error TS2345: a listener in the spec's off form is not an on listener (no errMsg is passed)
task.onProgressUpdate(specOffForm)

// Fields of other tasks' results are not on upload results.
// @ts-expect-error TS2339: totalBytesWritten is DownloadTask's field; uploads report totalBytesSent
task.onProgressUpdate(result => result.totalBytesWritten)
// @ts-expect-error TS2551: totalBytesExpectedToWrite is DownloadTask's; uploads have totalBytesExpectedToSend
task.onProgressUpdate(result => result.totalBytesExpectedToWrite)
// @ts-expect-error TS2339: statusCode is RequestTask's header result field, not UploadTask's
task.onHeadersReceived(result => result.statusCode)
// @ts-expect-error TS2339: the progress result carries no errMsg
task.onProgressUpdate(result => result.errMsg)
// @ts-expect-error TS2339: header belongs to the header result, not the progress result
task.progress(result => result.header)

// progress is a number, not a string such as "42%".
// @ts-expect-error TS2322: progress is a number, not a string
const progressLabel: string = progressResult.progress
// @ts-expect-error TS2339: progress is a number; strings' padStart is not on it
progressResult.progress.padStart(3, '0')

// A listener whose parameter type contradicts the result.
// @ts-expect-error TS2322: progress is a number, a listener cannot demand a string
const wrongListener: Taro.UploadTask.OnProgressUpdateCallback = (result: { progress: string }) => result

// A result literal with a missing or a foreign field.
// @ts-expect-error TS2739: a progress result needs totalBytesSent and totalBytesExpectedToSend
const partial: Taro.UploadTask.OnProgressUpdateCallbackResult = { progress: 50 }
