// Taro 3.6 on WeChat and H5 (data/runtime.json, 3.6): the on/off methods exist on both; progress
// exists on both but returns undefined on H5; H5's abort ignores a callback; H5's header is a string.
import Taro from '@tarojs/taro'

const option = { url: 'https://example.com/upload', filePath: 'blob:https://example.com/photo', name: 'file' }

const task = Taro.uploadFile(option)
const onProgress = ({ progress, totalBytesSent, totalBytesExpectedToSend }: { progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }) =>
  console.log(progress, totalBytesSent, totalBytesExpectedToSend)
task.onProgressUpdate(onProgress)
task.offProgressUpdate(onProgress)
task.progress(onProgress)
task.offProgressUpdate()
task.onHeadersReceived(({ header }) => console.log(typeof header === 'string' ? header : header['content-type']))
task.offHeadersReceived()
task.abort()
task.then(({ data, statusCode }) => console.log(data, statusCode))

// ---------------------------------------------------------------------------------------------
// Mistakes on one of the two platforms.

// @ts-expect-error TS2339: on H5 progress() returns undefined, so .then is a TypeError there
task.progress(onProgress).then(() => {})

// @ts-expect-error TS2554: H5's abort ignores the callback; it would never run
task.abort(() => console.log('aborted'))

// @ts-expect-error TS2739 (TS2684 before 7.0): headersReceive exists on H5 only; on WeChat it is not a function
task.headersReceive(() => {})

// @ts-expect-error TS2349: H5's header is a string, WeChat's an object: narrow it first
task.onHeadersReceived(({ header }) => console.log(header.split('\n')))
