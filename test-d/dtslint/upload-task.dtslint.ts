// `$ExpectType` on every declaration: dtslint compares each with the type the compiler prints,
// which is also what users see on hover. (`export {}` keeps these names out of the global scope.)
export {}

declare const task: Taro.UploadTask

// Methods
task.abort // $ExpectType () => void
task.offHeadersReceived // $ExpectType (callback?: OnHeadersReceivedCallback | OffHeadersReceivedCallback | undefined) => void
task.offProgressUpdate // $ExpectType (callback?: OnProgressUpdateCallback | OffProgressUpdateCallback | undefined) => void
task.onHeadersReceived // $ExpectType (callback: OnHeadersReceivedCallback) => void
task.headersReceived // $ExpectType (callback: OnHeadersReceivedCallback) => void
task.onProgressUpdate // $ExpectType (callback: OnProgressUpdateCallback) => void
task.progress // $ExpectType (callback: OnProgressUpdateCallback) => void
task.abort() // $ExpectType void
task.offProgressUpdate() // $ExpectType void

// Callbacks
declare const offHeaders: Taro.UploadTask.OffHeadersReceivedCallback
offHeaders // $ExpectType OffHeadersReceivedCallback
offHeaders({ errMsg: 'offHeadersReceived:ok' }) // $ExpectType void
declare const offProgress: Taro.UploadTask.OffProgressUpdateCallback
offProgress // $ExpectType OffProgressUpdateCallback
declare const onHeaders: Taro.UploadTask.OnHeadersReceivedCallback
onHeaders // $ExpectType OnHeadersReceivedCallback
declare const onProgress: Taro.UploadTask.OnProgressUpdateCallback
onProgress // $ExpectType OnProgressUpdateCallback

// Results, as the listeners receive them
task.onHeadersReceived(result => {
    result // $ExpectType OnHeadersReceivedCallbackResult
    result.header // $ExpectType Record<string, any>
})
task.onProgressUpdate(result => {
    result // $ExpectType OnProgressUpdateCallbackResult
    result.progress // $ExpectType number
    result.totalBytesSent // $ExpectType number
    result.totalBytesExpectedToSend // $ExpectType number
})
task.progress(({ progress }) => {
    progress // $ExpectType number
})
task.headersReceived(({ header }) => {
    header // $ExpectType Record<string, any>
})
declare const general: Taro.General.CallbackResult
general.errMsg // $ExpectType string

// The support table
declare const platform: Taro.UploadTask.Platform
platform // $ExpectType Platform
declare const support: Taro.UploadTask.Support
support.abort // $ExpectType "weapp"
support.progress // $ExpectType "weapp"
support.headersReceived // $ExpectType "weapp"
const weapp: Taro.UploadTask.For<'weapp'> = task
weapp.abort // $ExpectType () => void
weapp.offProgressUpdate // $ExpectType (callback?: OnProgressUpdateCallback | OffProgressUpdateCallback | undefined) => void
const h5: Taro.UploadTask.For<'h5'> = task
h5 // $ExpectType For<"h5">

// @ts-expect-error TS2339: the table lists no H5 support for abort
h5.abort()
// @ts-expect-error TS2554: onProgressUpdate needs a listener
task.onProgressUpdate()
