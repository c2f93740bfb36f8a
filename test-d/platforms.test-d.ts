// The spec's "API 支持度" (platform support) table as types: Platform, Support and For<P>,
// through the global entry.
import { expectAssignable, expectNotAssignable, expectType } from 'tsd'


declare const task: Taro.UploadTask

// ---------------------------------------------------------------------------------------------
// Platform: the three columns of the table.
// ---------------------------------------------------------------------------------------------
declare const platform: Taro.UploadTask.Platform
expectType<'weapp' | 'h5' | 'rn'>(platform)

// ---------------------------------------------------------------------------------------------
// Support: one entry per method, the union of the platforms with a ✔️ in its row.
// The table marks only WeChat (weapp) for every method; aliases follow their method.
// ---------------------------------------------------------------------------------------------
declare const support: Taro.UploadTask.Support
expectType<'weapp'>(support.abort)
expectType<'weapp'>(support.offHeadersReceived)
expectType<'weapp'>(support.offProgressUpdate)
expectType<'weapp'>(support.onHeadersReceived)
expectType<'weapp'>(support.onProgressUpdate)
expectType<Taro.UploadTask.Support['onHeadersReceived']>(support.headersReceived)
expectType<Taro.UploadTask.Support['onProgressUpdate']>(support.progress)
// The whole table, as identity: a row per method, each a plain property (neither readonly nor optional).
expectType<{
  abort: 'weapp'
  offHeadersReceived: 'weapp'
  offProgressUpdate: 'weapp'
  onHeadersReceived: 'weapp'
  headersReceived: 'weapp'
  onProgressUpdate: 'weapp'
  progress: 'weapp'
}>(support)

// Every method has a row, and every row is a method.
declare const row: keyof Taro.UploadTask.Support
expectType<keyof Taro.UploadTask>(row)

// ---------------------------------------------------------------------------------------------
// For<P>: the task narrowed to what P supports.
// ---------------------------------------------------------------------------------------------
declare const weapp: Taro.UploadTask.For<'weapp'>
expectType<keyof Taro.UploadTask>(null! as keyof typeof weapp)
weapp.abort()
weapp.onProgressUpdate(({ progress }) => expectType<number>(progress))
weapp.progress(({ totalBytesSent }) => expectType<number>(totalBytesSent))
weapp.onHeadersReceived(({ header }) => expectType<Record<string, any>>(header))
weapp.offProgressUpdate()
weapp.offHeadersReceived()

// The table marks nothing for H5 or React Native, so their narrowed task has no method,
// and neither has one for "weapp or h5": only what every platform in P supports is kept.
declare const h5: Taro.UploadTask.For<'h5'>
declare const rn: Taro.UploadTask.For<'rn'>
declare const weappOrH5: Taro.UploadTask.For<'weapp' | 'h5'>
expectType<never>(null! as keyof typeof h5)
expectType<never>(null! as keyof typeof rn)
expectType<never>(null! as keyof typeof weappOrH5)

// A full task is assignable to every For<P>, so Taro.uploadFile's result can be narrowed directly.
expectAssignable<Taro.UploadTask.For<'weapp'>>(task)
expectAssignable<Taro.UploadTask.For<'h5'>>(task)
expectAssignable<Taro.UploadTask.For<'rn'>>(task)
expectAssignable<Taro.UploadTask.For<Taro.UploadTask.Platform>>(task)
const narrowed: Taro.UploadTask.For<'weapp'> = task
narrowed.abort()

// A task narrowed for a platform with nothing is not a weapp task.
expectNotAssignable<Taro.UploadTask.For<'weapp'>>(h5)

// ---------------------------------------------------------------------------------------------
// Mistakes that must stay errors.
// ---------------------------------------------------------------------------------------------

// @ts-expect-error TS2339: the table lists no H5 support for abort
h5.abort()
// @ts-expect-error TS2339: the table lists no H5 support for onProgressUpdate
h5.onProgressUpdate(() => undefined)
// @ts-expect-error TS2339: the progress alias follows onProgressUpdate: not on React Native
rn.progress(() => undefined)
// @ts-expect-error TS2339: offHeadersReceived is not supported on React Native
rn.offHeadersReceived()
// @ts-expect-error TS2339: code for weapp and h5 together may only use what both support
weappOrH5.abort()

// @ts-expect-error TS2344: alipay is not a platform of the table
type Alipay = Taro.UploadTask.For<'alipay'>
// @ts-expect-error TS2322: swan is not one of the table's platforms
const swan: Taro.UploadTask.Platform = 'swan'
// @ts-expect-error TS2322: the table does not mark H5 for abort
const abortOnH5: Taro.UploadTask.Support['abort'] = 'h5'
// @ts-expect-error TS2339: Support has a row per method, and UploadTask has no cancel method
type CancelRow = Taro.UploadTask.Support['cancel']
// @ts-expect-error TS2740 (TS2322 before 5.6): an H5-narrowed task lacks the methods a weapp task needs
const backToWeapp: Taro.UploadTask.For<'weapp'> = h5
