// Typical mistakes. `npm run example` compiles this file and prints its errors: each line marked
// `// ✗ TSxxxx` must fail with that code, and no other line may fail. If a mistake stops being caught,
// the example fails.

declare const task: Taro.UploadTask

task.cancel() // ✗ TS2339: there is no cancel; the method is abort()

task.abort(true) // ✗ TS2554: abort takes no argument

task.onProgressUpdate() // ✗ TS2554: a listener is required

task.onProgressUpdate(result => result.totalBytesWritten) // ✗ TS2339: that is DownloadTask's field; uploads have totalBytesSent

task.onProgressUpdate(({ progress }) => progress.toUpperCase()) // ✗ TS2339: progress is a number, not a string

const showHeader: Taro.UploadTask.OnHeadersReceivedCallback = ({ header }) => console.log(header)
task.offProgressUpdate(showHeader) // ✗ TS2345: a header listener cannot be removed from progress

const h5Task: Taro.UploadTask.For<'h5'> = task
h5Task.abort() // ✗ TS2339: the support table lists no H5 support for abort
