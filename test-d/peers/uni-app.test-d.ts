// Beside uni-app's typings (@dcloudio/types, global `UniApp`; they need the DOM lib), loaded with the
// global entry through tsconfig "types". Listeners and tasks cross over in both directions.
import { expectAssignable } from 'tsd'

declare function log(...values: unknown[]): void
declare const ours: Taro.UploadTask
declare const theirs: UniApp.UploadTask

/** The methods both typings have: Taro's aliases are Taro's own. */
type CoreMethods = Pick<Taro.UploadTask, 'abort' | 'onProgressUpdate' | 'offProgressUpdate' | 'onHeadersReceived' | 'offHeadersReceived'>

// A listener typed with ours works on their task, on and off.
const ourProgress: Taro.UploadTask.OnProgressUpdateCallback = ({ progress }) => log(progress)
const ourHeader: Taro.UploadTask.OnHeadersReceivedCallback = ({ header }) => log(header)
theirs.onProgressUpdate(ourProgress)
theirs.offProgressUpdate(ourProgress)
theirs.onHeadersReceived(ourHeader)
theirs.offHeadersReceived(ourHeader)

// A listener typed with theirs works on ours, aliases included.
const theirProgress = (result: UniApp.OnProgressUpdateResult): void => log(result.totalBytesExpectedToSend)
ours.onProgressUpdate(theirProgress)
ours.progress(theirProgress)
ours.offProgressUpdate(theirProgress)

// Their task stands where our core methods are asked for, and ours stands where theirs is.
const core: CoreMethods = theirs
core.offProgressUpdate()
expectAssignable<UniApp.UploadTask>(ours)

// @ts-expect-error TS2739: uni-app's task has no Taro aliases (progress, headersReceived)
const full: Taro.UploadTask = theirs
