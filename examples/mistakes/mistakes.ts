// What Taro's own types let through, and Taro's runtime then throws or ignores, in this project
// (Taro 4.2, WeChat and H5). `npm run example` compiles this file: each line marked `// ✗ TSxxxx` must
// fail with that code, and no other line may fail.
import Taro from '@tarojs/taro'

const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath: 'wxfile://tmp/a.jpg', name: 'file' })

upload.headersReceive(({ header }) => console.log(header)) // ✗ TS2684: not a function on WeChat (Taro's types list it everywhere); the error names NotAtRuntime<"headersReceive", "weapp", "4.2.0–4.2.1">

upload.headersReceived(({ header }) => console.log(header)) // ✗ TS2684: gone from every platform since Taro 3.0

upload.progress(({ progress }) => console.log(progress)).then(() => {}) // ✗ TS2339: progress() returns undefined on H5, so .then throws there

upload.abort(() => console.log('aborted')) // ✗ TS2554: H5's abort never calls the callback

upload.onHeadersReceived(({ header }) => header.split('\n')) // ✗ TS2349: on WeChat the header is an object, not a string

export const typedAsTaroSays: Taro.UploadTask.UploadTaskPromise = upload // ✗ TS2322: H5 passes onHeadersReceived's header as a string, Taro's type says an object
