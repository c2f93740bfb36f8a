// dtslint checks a folder shaped like a DefinitelyTyped package. This one stands for a consumer:
// it loads the installed package by name and declares nothing of its own.
/// <reference types="taro-upload-task-types/global" />
