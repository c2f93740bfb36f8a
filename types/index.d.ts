// Global entry: `"types": ["taro-upload-task-types"]` in tsconfig, or
// `/// <reference types="taro-upload-task-types" />`, puts the UploadTask types on the global
// `Taro` namespace. The declarations live in `upload-task.d.ts`; this file only points at them.
// Programs that also load `@tarojs/taro` (which declares its own global `Taro`) and libraries that
// must not add globals import `taro-upload-task-types/module` instead.

import * as upload from './upload-task'

export * from './upload-task'

declare global {
  namespace Taro {
    export import UploadTask = upload.UploadTask

    namespace General {
      export import CallbackResult = upload.CallbackResult
    }
  }
}
