// Each member of what Taro.uploadFile returns, to hover on (scripts/lib/editor.mjs finds them by name).
import Taro from '@tarojs/taro'

const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath: 'wxfile://tmp/a.jpg', name: 'file' })
export const members = [
  upload.abort,
  upload.onProgressUpdate,
  upload.offProgressUpdate,
  upload.onHeadersReceived,
  upload.offHeadersReceived,
  upload.progress,
  upload.headersReceived,
  upload.headersReceive,
]
upload.onProgressUpdate(result => result.progress)
