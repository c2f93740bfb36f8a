// A call that works on some releases of a line and throws on others, under whatever register.d.ts
// registers (test/register.test.mjs): Taro copies the WeChat task's header methods onto the promise
// from 3.4.3 on; on 3.4.0 to 3.4.2 `upload.onHeadersReceived` is undefined, and calling it throws. H5's
// promise has it from 3.6.16 on.
import Taro from '@tarojs/taro'

const upload = Taro.uploadFile({ url: 'https://example.com/upload', filePath: 'wxfile://tmp/a.jpg', name: 'file' })
upload.onHeadersReceived(() => {})
