// Correct use of taro-upload-task-types. This file must compile with no error.
// tsconfig.json loads the package through `"types": ["taro-upload-task-types"]`, so `Taro.UploadTask`
// is global here, as in a Taro project.

/** Stands for `Taro.uploadFile` from Taro's runtime, which returns the task. */
declare function uploadFile(option: { url: string; filePath: string; name: string }): Taro.UploadTask

const task = uploadFile({ url: 'https://example.com/upload', filePath: 'wxfile://tmp/photo.jpg', name: 'file' })

// Progress: the listener's result is typed from the method, fields and all.
task.onProgressUpdate(({ progress, totalBytesSent, totalBytesExpectedToSend }) => {
  console.log(`${progress}% (${totalBytesSent} / ${totalBytesExpectedToSend} bytes)`)
})

// The on/off pattern: keep the listener, hand the same function to off to remove it.
const showHeader: Taro.UploadTask.OnHeadersReceivedCallback = ({ header }) => {
  console.log('server type:', header['Content-Type'])
}
task.onHeadersReceived(showHeader)
task.offHeadersReceived(showHeader)

// Taro's aliases are the same methods.
task.progress(({ progress }) => console.log(progress))
task.headersReceived(showHeader)

// off with no argument removes every listener.
task.offProgressUpdate()

/** An upload helper: reports whole percents, returns a function that stops listening and aborts. */
export function trackUpload(upload: Taro.UploadTask, onPercent: (percent: number) => void): () => void {
  const listener: Taro.UploadTask.OnProgressUpdateCallback = result => onPercent(Math.round(result.progress))
  upload.onProgressUpdate(listener)
  return () => {
    upload.offProgressUpdate(listener)
    upload.abort()
  }
}
const stop = trackUpload(task, percent => console.log(percent))
stop()

// Code that runs only on WeChat can narrow the task to what the support table lists there.
const weappTask: Taro.UploadTask.For<'weapp'> = task
weappTask.abort()
