// The runtime types on made-up facts (scripts/lib/counterfactual.mjs rewrites the 4.2 line so that each
// member works and fails, returns the promise and undefined), with what each call gives written out by
// hand. The cells check computes the same from the data; this file says it without that code, so that
// a mistake in either is caught by the other. Today's data cannot show these: every on* method returns
// undefined there. programs/made-up compiles it against a package whose runtime-data.d.ts is made up.
import { expectType } from 'tsd'
import type { UploadTaskPromise } from 'taro-upload-task-types/module'

declare const weapp: UploadTaskPromise<'4.2', 'weapp'>
declare const alipay: UploadTaskPromise<'4.2', 'alipay'>
declare const tt: UploadTaskPromise<'4.2', 'tt'>
declare const swan: UploadTaskPromise<'4.2', 'swan'>
declare const qq: UploadTaskPromise<'4.2', 'qq'>
declare const jd: UploadTaskPromise<'4.2', 'jd'>
declare const h5: UploadTaskPromise<'4.2', 'h5'>
declare const weappOrTt: UploadTaskPromise<'4.2', 'weapp' | 'tt'>
declare const alipayOrTt: UploadTaskPromise<'4.2', 'alipay' | 'tt'>
declare const weappOrAlipay: UploadTaskPromise<'4.2', 'weapp' | 'alipay'>
declare const weappOrSwan: UploadTaskPromise<'4.2', 'weapp' | 'swan'>
declare const alipayOrQq: UploadTaskPromise<'4.2', 'alipay' | 'qq'>
const nothing = () => {}

// A member whose facts say it returns the promise chains; one that returns undefined gives void.
expectType<UploadTaskPromise<'4.2', 'alipay'>>(alipay.abort())
expectType<void>(qq.abort())
expectType<UploadTaskPromise<'4.2', 'weapp'>>(weapp.onProgressUpdate(nothing))
expectType<void>(tt.onProgressUpdate(nothing))
expectType<UploadTaskPromise<'4.2', 'weapp'>>(weapp.offProgressUpdate(nothing))
expectType<void>(swan.offProgressUpdate(nothing))
expectType<UploadTaskPromise<'4.2', 'alipay'>>(alipay.onHeadersReceived(nothing))
expectType<void>(weapp.onHeadersReceived(nothing))
expectType<UploadTaskPromise<'4.2', 'weapp'>>(weapp.offHeadersReceived(nothing))
expectType<void>(tt.offHeadersReceived(nothing))
expectType<UploadTaskPromise<'4.2', 'alipay'>>(alipay.progress(nothing))
expectType<void>(weapp.progress(nothing))
expectType<UploadTaskPromise<'4.2', 'weapp'>>(weapp.headersReceived(nothing))
expectType<void>(alipay.headersReceived(nothing))
expectType<UploadTaskPromise<'4.2', 'tt'>>(tt.headersReceive(nothing))
expectType<void>(weapp.headersReceive(nothing))

// On two platforms a member chains only if it returns the promise on both: each member below returns it on
// one platform of its pair and undefined on the other.
expectType<void>(alipayOrQq.abort())
expectType<void>(weappOrTt.onProgressUpdate(nothing))
expectType<void>(weappOrSwan.offProgressUpdate(nothing))
expectType<void>(weappOrAlipay.onHeadersReceived(nothing))
expectType<void>(weappOrTt.offHeadersReceived(nothing))
expectType<void>(alipayOrTt.progress(nothing))
expectType<void>(weappOrAlipay.headersReceived(nothing))
expectType<void>(weappOrTt.headersReceive(nothing))

// abort takes a callback where the runtime runs it (Alipay), and none where it does not (QQ).
alipay.abort(nothing)
// off* with no argument where it removes every listener (WeChat's offProgressUpdate, Alipay's offHeadersReceived).
weapp.offProgressUpdate()
alipay.offHeadersReceived()

// ---------------------------------------------------------------------------------------------
// Mistakes that must stay errors.
// ---------------------------------------------------------------------------------------------

// @ts-expect-error TS2554: QQ's abort ignores a callback
qq.abort(nothing)
// @ts-expect-error TS2554: Alipay's offProgressUpdate with no argument removes nothing
alipay.offProgressUpdate()
// @ts-expect-error TS2554: Douyin's offHeadersReceived with no argument removes nothing
tt.offHeadersReceived()
// @ts-expect-error TS2684: abort is absent on WeChat
weapp.abort()
// @ts-expect-error TS2684: onProgressUpdate is absent on Alipay
alipay.onProgressUpdate(nothing)
// @ts-expect-error TS2684: onHeadersReceived is absent on Baidu
swan.onHeadersReceived(nothing)
// @ts-expect-error TS2684: progress is absent on JD
jd.progress(nothing)
// @ts-expect-error TS2684: headersReceived is absent on H5
h5.headersReceived(nothing)
// @ts-expect-error TS2684: onProgressUpdate is absent on Alipay, so on Alipay and Douyin together too
alipayOrTt.onProgressUpdate(nothing)
