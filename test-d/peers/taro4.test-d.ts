// Beside Taro 4's own typings (@tarojs/taro 4.2.1, imported), with our /module entry: Taro declares a
// global `Taro` of its own, so the global entry would collide with it (TS2300; see the next check).
import Taro from '@tarojs/taro'
import { expectAssignable } from 'tsd'
import type { UploadTask } from 'taro-upload-task-types/module'

declare function log(...values: unknown[]): void
declare const ours: UploadTask
declare const theirs: Taro.UploadTask

/** The methods both typings have: Taro 4 dropped the aliases. */
type CoreMethods = Pick<UploadTask, 'abort' | 'onProgressUpdate' | 'offProgressUpdate' | 'onHeadersReceived' | 'offHeadersReceived'>

// A listener typed with ours works on Taro 4's task, on and off.
const ourProgress: UploadTask.OnProgressUpdateCallback = ({ progress }) => log(progress)
const ourHeader: UploadTask.OnHeadersReceivedCallback = ({ header }) => log(header)
theirs.onProgressUpdate(ourProgress)
theirs.offProgressUpdate(ourProgress)
theirs.onHeadersReceived(ourHeader)
theirs.offHeadersReceived(ourHeader)

// A listener typed with Taro 4's works on ours, aliases included.
const theirProgress: Taro.UploadTask.OnProgressUpdateCallback = ({ totalBytesSent }) => log(totalBytesSent)
const theirHeader: Taro.UploadTask.OnHeadersReceivedCallback = ({ header }) => log(header)
ours.onProgressUpdate(theirProgress)
ours.progress(theirProgress)
ours.offProgressUpdate(theirProgress)
ours.headersReceived(theirHeader)
ours.offHeadersReceived(theirHeader)

// A task of ours stands where Taro 4's Taro.UploadTask is asked for; theirs where our core methods are.
expectAssignable<Taro.UploadTask>(ours)
const asTaros: Taro.UploadTask = ours
asTaros.abort()
const core: CoreMethods = theirs
core.abort()

// What Taro 4's typings get wrong, and ours get right (README, "What it fixes"):
// @ts-expect-error TS2554: Taro 4 rejects off() with no listener, the documented way to remove them all
theirs.offProgressUpdate()
ours.offProgressUpdate()
// @ts-expect-error TS2339: Taro 4's UploadTask has no progress alias
theirs.progress(ourProgress)
ours.progress(ourProgress)
declare const promise: ReturnType<typeof Taro.uploadFile>
// @ts-expect-error TS2551: Taro 4's promise spells the alias headersReceive, not headersReceived
promise.headersReceived(ourHeader)
promise.headersReceive(ourHeader)
