// Taro 3.3 on the six mini-program platforms (data/runtime.json, 3.3): the promise has progress and
// abort, both returning the promise, and nothing else.
import Taro from '@tarojs/taro'

const option = { url: 'https://example.com/upload', filePath: 'ttfile://tmp/photo.jpg', name: 'file' }

// progress() and abort(callback) return the same promise: they chain.
export const done: Promise<number> = Taro.uploadFile(option)
  .progress(({ progress }) => console.log(progress))
  .then(({ statusCode }) => statusCode)

const task = Taro.uploadFile(option)
task.abort(() => console.log('aborted')).progress(({ progress }) => console.log(progress))

// ---------------------------------------------------------------------------------------------
// Mistakes: each throws `is not a function` at runtime on 3.3.

// @ts-expect-error TS2739 (TS2684 before 7.0): the on/off methods are copied onto the promise only from 3.4
task.onProgressUpdate(({ progress }) => console.log(progress))

// @ts-expect-error TS2739 (TS2684 before 7.0): so is offProgressUpdate
task.offProgressUpdate()

// @ts-expect-error TS2739 (TS2684 before 7.0): headersReceived is gone from every mini program since 3.0
task.headersReceived(({ header }) => console.log(header))

// @ts-expect-error TS2739 (TS2684 before 7.0): headersReceive (the name in Taro's 3.3 types) never existed on a mini program
task.headersReceive(({ header }) => console.log(header))

// Each platform delivers its own progress event (data/platforms.json): WeChat's totalBytesSent is
// Alipay's totalBytesWritten, so on all six platforms a listener reads only progress.
// @ts-expect-error TS2339: undefined on Alipay, whose progress event has totalBytesWritten instead
task.progress(({ totalBytesSent }) => console.log(totalBytesSent))

// Where the runtime contradicts Taro's own type, the runtime wins: Taro 3.3's types say the promise resolves
// with the task; it resolves with the success result, which has no abort.
// @ts-expect-error TS2322: the awaited value lacks the task's members Taro 3.3's alias promises
export const annotated: Taro.UploadTask.UploadTaskPromise = task
