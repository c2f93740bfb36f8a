// Why /module exists: the global entry loaded beside Taro 4's typings. Taro 4 declares its own global
// `Taro` (`export as namespace Taro`), so this program must fail with TS2300 (duplicate identifier
// 'Taro') in our index.d.ts. `npm test` checks that it does; the fix for users is the /module entry.
import Taro from '@tarojs/taro'

declare const task: Taro.UploadTask
task.abort()
