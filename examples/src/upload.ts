// Correct use of `Taro.uploadFile` in this Taro 4.2 project, which ships for WeChat and H5. This file
// must compile with no error: every call here works on both platforms at runtime.
import Taro from '@tarojs/taro'

/** Uploads a photo, reports whole percents, and resolves with the server's reply. */
export async function uploadPhoto(filePath: string, onPercent: (percent: number) => void): Promise<string> {
  const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath, name: 'photo' })

  // The same listener for on and off; off with no argument removes every listener.
  const listener = ({ progress }: { progress: number }) => onPercent(Math.round(progress))
  upload.onProgressUpdate(listener)
  upload.onHeadersReceived(({ header }) => {
    // WeChat passes an object, H5 the raw header string.
    console.log(typeof header === 'string' ? header : header['content-type'])
  })

  const { data, statusCode } = await upload
  upload.offProgressUpdate(listener)
  upload.offHeadersReceived()
  if (statusCode !== 200) throw new Error(`upload failed: ${statusCode}`)
  return data
}

/** Uploads that can be cancelled later, kept with the type Taro.uploadFile returns. */
const uploads = new Map<string, ReturnType<typeof Taro.uploadFile>>()
export function start(key: string, filePath: string): void {
  uploads.set(key, Taro.uploadFile({ url: 'https://example.com/upload', filePath, name: 'file' }))
}
export function cancel(key: string): void {
  uploads.get(key)?.abort()
  uploads.delete(key)
}
