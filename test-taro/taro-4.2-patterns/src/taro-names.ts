// Taro 4.2.1 on WeChat: code that names Taro's own types, written the way public Taro projects write it.
// It all works at runtime on WeChat (data/runtime.json, 4.2 weapp), so it compiles with this package.
import Taro, { uploadFile } from '@tarojs/taro'

const option = { url: 'https://example.com/upload', filePath: 'wxfile://tmp/photo.jpg', name: 'file' }

// A component keeps its upload under Taro's alias and aborts it on unmount.
let current: Taro.UploadTask.UploadTaskPromise | null = null
export function startUpload(filePath: string) {
  current = Taro.uploadFile({ ...option, filePath })
  return current
}
export function stopUpload() {
  current?.abort()
  current = null
}

// A queue of Taro's task types: uploads, downloads and requests side by side.
type NetworkTask = Taro.UploadTask.UploadTaskPromise | Taro.DownloadTask.DownloadTaskPromise | Taro.RequestTask<unknown>
const running: NetworkTask[] = []
running.push(Taro.uploadFile(option))
export const abortAll = () => running.forEach(task => task.abort())

// A parameter typed with Taro's alias, given what Taro.uploadFile returns.
function watch(task: Taro.UploadTask.UploadTaskPromise, onPercent: (percent: number) => void) {
  task.progress(({ progress }) => onPercent(progress))
}
watch(Taro.uploadFile(option), percent => console.log(percent))

// An app's network module wraps Taro.uploadFile with Taro's own function type.
const createUrl = (path: string) => `https://api.example.com${path}`
export namespace Network {
  export const uploadFile: typeof Taro.uploadFile = option => {
    return Taro.uploadFile({
      ...option,
      url: createUrl(option.url),
      header: { ...option.header, Authorization: 'Bearer token' },
    })
  }
}
Network.uploadFile(option).then(res => console.log(res.statusCode))

// Listeners typed with Taro's callback types.
const onProgress: Taro.UploadTask.OnProgressUpdateCallback = res => console.log(res.progress, res.totalBytesSent, res.totalBytesExpectedToSend)
const onHeaders: Taro.UploadTask.OnHeadersReceivedCallback = res => console.log(res.header['content-type'])
const task = Taro.uploadFile(option)
task.onProgressUpdate(onProgress)
task.offProgressUpdate(onProgress)
task.onHeadersReceived(onHeaders)
task.offHeadersReceived(onHeaders)

// Kept under ReturnType, which names what the package types.
export const kept: ReturnType<typeof Taro.uploadFile> = Taro.uploadFile(option)
kept.onProgressUpdate(onProgress)

// .then reads the success result.
Taro.uploadFile(option).then(res => JSON.parse(res.data) as unknown)

// A value the project annotates with Taro's alias carries Taro's claims, not this package's: here Taro's
// type lists headersReceive, so the call compiles, although WeChat has no such method. This package
// types what Taro.uploadFile returns, not what a project declares it to be.
export const claimed: Taro.UploadTask.UploadTaskPromise = Taro.uploadFile(option)
export const claimedHeaders = () => claimed.headersReceive(onHeaders)

// ---------------------------------------------------------------------------------------------
// Mistakes that the same patterns let through with Taro's types alone, and Taro's runtime then throws.

// @ts-expect-error TS2339: the promise resolves with the success result, not the task (a bug found in a public project)
Taro.uploadFile(option).then(res => res.headersReceived)

// @ts-expect-error TS2739 (TS2684 before 7.0): through the wrapper too, headersReceive is not a function on WeChat
Network.uploadFile(option).headersReceive(onHeaders)

// @ts-expect-error TS2739 (TS2684 before 7.0): ReturnType names the same type
kept.headersReceive(onHeaders)

// @ts-expect-error TS2739 (TS2684 before 7.0): and so does the named import
uploadFile(option).headersReceive(onHeaders)
