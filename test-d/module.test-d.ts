// `taro-upload-task-types/module`: the same types as module exports, and no global at all.
// `npm test` checks this file in its own program, whose tsconfig loads no global entry, so the
// "no global Taro" case below proves something.
import { expectType } from 'tsd'
import type {
  CallbackResult,
  For,
  Platform,
  Support,
  UploadTask,
} from 'taro-upload-task-types/module'

/** Stands in for console.log: the consumer compiles without DOM or Node typings, as mini-programs do. */
declare function log(...values: unknown[]): void

declare const task: UploadTask

// Methods and listeners, imported.
expectType<void>(task.abort())
task.onProgressUpdate(({ progress }) => expectType<number>(progress))
task.headersReceived(({ header }) => expectType<Record<string, any>>(header))
const listener: UploadTask.OnProgressUpdateCallback = ({ totalBytesSent }) => log(totalBytesSent)
task.progress(listener)
task.offProgressUpdate(listener)
task.offHeadersReceived()
const specOffForm: UploadTask.OffHeadersReceivedCallback = (res: CallbackResult) => log(res.errMsg)
task.offHeadersReceived(specOffForm)

// The platform types, at the top level and in the namespace.
declare const platform: Platform
expectType<UploadTask.Platform>(platform)
expectType<'weapp' | 'h5' | 'rn'>(platform)
declare const support: Support
expectType<UploadTask.Support>(support)
declare const weapp: For<'weapp'>
expectType<UploadTask.For<'weapp'>>(weapp)
const narrowed: For<'weapp'> = task
narrowed.abort()

// ---------------------------------------------------------------------------------------------
// Mistakes that must stay errors.
// ---------------------------------------------------------------------------------------------

// @ts-expect-error TS2503: /module declares no global Taro namespace
type LeakedGlobal = Taro.UploadTask
// @ts-expect-error TS2305: the package types UploadTask only; DownloadTask is not exported
import type { DownloadTask } from 'taro-upload-task-types/module'
// @ts-expect-error TS2339: For<'h5'> keeps no method, so abort is a compile error
declare const h5: For<'h5'>; h5.abort()
