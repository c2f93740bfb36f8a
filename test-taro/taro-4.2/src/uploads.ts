// Taro 4.2 on WeChat, nothing registered: how public Taro code uses what `Taro.uploadFile` returns.
// Each call below works at runtime (data/runtime.json, 4.2 weapp), so it compiles; each call after
// "Mistakes" throws at runtime or does nothing it seems to, so it is a compile error.
import Taro, { uploadFile } from '@tarojs/taro'

const option = { url: 'https://example.com/upload', filePath: 'wxfile://tmp/photo.jpg', name: 'file' }

// Awaited: the success result, with the data as a string.
export async function send(): Promise<number> {
  const { data, statusCode, errMsg } = await Taro.uploadFile(option)
  console.log(data.length, errMsg.toUpperCase())
  return statusCode
}

// .then on the returned value, reading res.data and res.statusCode.
Taro.uploadFile(option).then(res => console.log(res.statusCode, res.data.trim()))

// progress() returns the same promise on mini programs, so it chains.
Taro.uploadFile(option)
  .progress(({ progress, totalBytesSent, totalBytesExpectedToSend }) => console.log(progress, totalBytesSent, totalBytesExpectedToSend))
  .then(res => console.log(res.statusCode))

// The on/off methods (copied onto the promise from 3.4 on), the same listener for on and off,
// and off with no argument to remove every listener.
const task = Taro.uploadFile(option)
const onProgress = (result: { progress: number }) => console.log(result.progress)
task.onProgressUpdate(onProgress)
task.offProgressUpdate(onProgress)
task.progress(onProgress)
task.offProgressUpdate(onProgress)
task.offProgressUpdate()
task.onHeadersReceived(({ header }) => console.log(header['content-type']))
task.offHeadersReceived()

// abort runs its callback on every mini-program platform, then returns the promise.
task.abort(() => console.log('aborted')).catch(() => console.log('rejected'))

// Kept to abort later: in a map of tasks, typed with ReturnType.
const uploads = new Map<string, ReturnType<typeof Taro.uploadFile>>()
uploads.set('avatar', Taro.uploadFile(option))
export const cancel = (key: string): void => { uploads.get(key)?.abort() }

// Aborted from an AbortSignal.
export function uploadWithSignal(signal: AbortSignal) {
  const upload = Taro.uploadFile(option)
  signal.addEventListener('abort', () => upload.abort())
  return upload
}

// Annotated with Taro's own alias, and only aborted later: the value is assignable to Taro's type, and
// from then on it carries Taro's claims (Taro's type, not this package's, is what it names).
export const annotated: Taro.UploadTask.UploadTaskPromise = Taro.uploadFile(option)
annotated.abort()

// The named import is the same function.
uploadFile(option).progress(({ progress }) => console.log(progress))

// ---------------------------------------------------------------------------------------------
// Mistakes: each line throws at runtime, or the value is not what Taro's own types say.

// @ts-expect-error TS2739 (TS2684 before 7.0): headersReceive (Taro's own name since 3.3) does not exist on any mini program
task.headersReceive(({ header }) => console.log(header))

// @ts-expect-error TS2739 (TS2684 before 7.0): headersReceived is gone from every mini program since 3.0
task.headersReceived(() => {})

// @ts-expect-error TS2345: a header listener cannot be removed from progress
task.offProgressUpdate(({ header }: { header: string }) => console.log(header))

// @ts-expect-error TS2339: the result has no totalBytesWritten (that is DownloadTask's)
task.onProgressUpdate(result => console.log(result.totalBytesWritten))

// onProgressUpdate returns undefined, not the promise: it does not chain.
// @ts-expect-error TS1345: an expression of type 'void' cannot be tested for truthiness
if (task.onProgressUpdate(onProgress)) console.log('never')

// Taro's uploadFile reads option.url and the rest at once: called with no option, it throws. The package's
// signature, like Taro's, takes the option.
// @ts-expect-error TS2554: uploadFile needs its option
Taro.uploadFile()
