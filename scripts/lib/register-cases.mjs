// The registrations the Register check compiles (test/register.test.mjs), and the equivalence check of
// `npm run mutate` fingerprints (scripts/lib/fingerprint.mjs): right ones, and a wrong one of each kind.
const taroAccepted = "a string: a line the probe executed, '3.3' to '4.2' (@tarojs/taro's types from 3.3 on), or a published release of one, such as '4.2.0'"
const platformAccepted = "'weapp' | 'alipay' | 'tt' | 'swan' | 'qq' | 'jd' | 'h5' | 'rn', every platform the project ships"

/**
 * Each case: the body of interface Register, the RegisterProblem its uses must name (none: it is right),
 * and whether it is also compiled with skipLibCheck off. The problem is computed at the uses, in the
 * user's .ts files, so the setting cannot change it; one right case and one wrong case of each field are
 * compiled both ways to show that, the others with skipLibCheck on only (each program costs a checker
 * over all of Taro's types).
 */
export const registerCases = [
  { register: "taro: '4.1.9'; platform: 'weapp' | 'h5'", both: true },
  { register: "platform: 'h5'" },
  { register: "taro: '4.3'; platform: 'weapp'", problem: `RegisterProblem<"taro", "4.3", "${taroAccepted}">`, both: true },
  { register: "taro: '5.0'; platform: 'weapp'", problem: `RegisterProblem<"taro", "5.0", "${taroAccepted}">` },
  { register: "taro: '4.1.3'; platform: 'weapp'", problem: `RegisterProblem<"taro", "4.1.3", "${taroAccepted}">` },
  // The root entry types the lines where @tarojs/taro's peer range starts (3.3) on: a project that has
  // Taro's types runs one of those releases, so an older one is a mistake (/module still types them).
  { register: "taro: '3.2.16'; platform: 'weapp'", problem: `RegisterProblem<"taro", "3.2.16", "${taroAccepted}">` },
  { register: "taro: 'v4.2'; platform: 'weapp'", problem: `RegisterProblem<"taro", "v4.2", "${taroAccepted}">` },
  { register: "taro: 4.1; platform: 'weapp'", problem: `RegisterProblem<"taro", 4.1, "${taroAccepted}">` },
  { register: "taro: '^4.2.1'; platform: 'weapp'", problem: `RegisterProblem<"taro", "^4.2.1", "${taroAccepted}">` },
  // A union of versions is typed as what they all do; a wrong one inside it is named alone.
  { register: "taro: '4.2.1' | '4.3'; platform: 'weapp'", problem: `RegisterProblem<"taro", "4.3", "${taroAccepted}">` },
  { register: "taro: '4.2'; platform: 'wechat'", problem: `RegisterProblem<"platform", "wechat", "${platformAccepted}">` },
  { register: "taro: '4.2'; platform: 'wechat' | 'h5'", problem: `RegisterProblem<"platform", "wechat", "${platformAccepted}">` },
  // any: what a type name that does not resolve gives, in a .d.ts whose errors skipLibCheck hides.
  { register: "taro: '4.2'; platform: any", problem: `RegisterProblem<"platform", any, "${platformAccepted}">` },
  { register: "taro: '4.2'; platform: 'quickapp'", problem: `RegisterProblem<"platform", "quickapp", "a platform the probe has executed; this one it has not: ${platformAccepted}">` },
  { register: "taro: '4.2'; platform: 'weapp' | 'quickapp'", both: true, problem: `RegisterProblem<"platform", "quickapp", "a platform the probe has executed; this one it has not: ${platformAccepted}">` },
  { register: "taro: '4.2'; platforms: 'weapp'", both: true, problem: 'RegisterProblem<"platforms", "weapp", "only the fields taro and platform">' },
  { register: "taro: '3.4.1'; platform: 'weapp' | 'alipay'" },
  // @tarojs/plugin-platform-alipay was first published at 4.0.3: a 4.0.2 project has no Alipay runtime.
  { register: "taro: '4.0.2'; platform: 'weapp' | 'alipay'", problem: 'RegisterProblem<"platform", "alipay", "a platform Taro 4.0.2 was published for (data/runtime.json: on this one it was not, or its uploadFile throws)">' },
]

