// A Taro project's uses of an upload, under whatever register.d.ts registers (test/register.test.mjs).
import Taro from '@tarojs/taro'

const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath: 'wxfile://tmp/a.jpg', name: 'file' })
upload.abort()
export async function send(): Promise<string> {
  const { data } = await upload
  return data
}
