// Global entry (`taro-upload-task-types/global`): puts the documented UploadTask types (the spec's
// interface) on the global `Taro` namespace, for programs that do not load `@tarojs/taro`'s types:
// `"types": ["taro-upload-task-types/global"]` in tsconfig, or
// `/// <reference types="taro-upload-task-types/global" />`. The declarations live in `upload-task.d.ts`.
// Taro projects load the root entry instead, which types what `Taro.uploadFile` really returns.

import * as upload from './upload-task'

export * from './upload-task'

declare global {
  namespace Taro {
    // `export` is needed here, whatever dtslint's strict-export-declare-modifiers says: without it the
    // alias is not a member of the global namespace (the tests fail).
    // tslint:disable-next-line:strict-export-declare-modifiers
    export import UploadTask = upload.UploadTask

    namespace General {
      // tslint:disable-next-line:strict-export-declare-modifiers
      export import CallbackResult = upload.CallbackResult
    }
  }
}
