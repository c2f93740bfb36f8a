import type { UploadTask } from 'taro-upload-task-types/module'
declare const task: UploadTask
task.abort()
