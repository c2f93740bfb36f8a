// Bundles the module that defines `uploadFile` for one (line, platform), with esbuild, from the
// packages in .cache/taro: the way Taro's own build bundles it into an app, so that the code the probe
// runs is the published code. Every import a package declares is fetched at the newest version its
// range allows (exact for Taro's own). UI frameworks and native modules (React, React Native, Expo,
// Nerv, Vue), and imports nobody declares, become stubs: the data lists them, and a stub that is
// called ends the probe (see observe.cjs).
import { build } from 'esbuild'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { packageDir, satisfying, taroCache } from './packages.mjs'

/** UI frameworks and native modules, which cannot run here: always stubs, even where declared. */
const frameworks = /^(react|react-dom|react-native|react-native-.*|@react-native.*|expo|expo-.*|nervjs|vue|@vue\/.*)$/

/** Build-time constants Taro's CLI defines for a platform (Taro's defaults for the ENABLE_* flags). */
const defines = (platform, kind) => ({
  'process.env.TARO_ENV': JSON.stringify(platform),
  'process.env.TARO_PLATFORM': JSON.stringify(kind === 'mini' ? 'mini' : 'web'),
  'process.env.NODE_ENV': '"production"',
  ...Object.fromEntries(['ENABLE_INNER_HTML', 'ENABLE_ADJACENT_HTML', 'ENABLE_SIZE_APIS', 'ENABLE_TEMPLATE_CONTENT',
    'ENABLE_CLONE_NODE', 'ENABLE_CONTAINS', 'ENABLE_MUTATION_OBSERVER'].map(flag => [flag, 'true'])),
})

/** The package folder (in the cache) a file belongs to, with its name and version; undefined outside the cache. */
function owner(file) {
  const parts = relative(taroCache, file).split(sep)
  if (parts[0].startsWith('..') || parts.length < 3) return undefined
  const [scope, nameAtVersion] = parts[0].startsWith('@') ? parts : ['', parts[0]]
  const at = nameAtVersion.lastIndexOf('@')
  const name = scope ? `${scope}/${nameAtVersion.slice(0, at)}` : nameAtVersion.slice(0, at)
  const version = nameAtVersion.slice(at + 1)
  return { name, version, manifest: JSON.parse(readFileSync(join(packageDir(name, version), 'package.json'), 'utf8')) }
}

/**
 * Bundles `source` (the entry's code) into outfile. roots maps the root packages to their versions;
 * * pinned (in check mode) lists the exact { name, version } the data recorded, and a dependency whose
 * range the data answered once is taken at that version rather than looked up again, so that a release
 * of some dependency after the data was made does not count as a change of Taro's runtime.
 * isPublished(name, version) says whether a package was published at a version: one of Taro's own
 * packages is taken at the release being run (the first root's version) wherever it was published.
 * Resolves to { needs } when packages are missing from the cache (fetch them and call again),
 * or to { packages, stubs }: every package bundled ({ name, version }; a package can come at two
 * versions, as npm nests them), every stubbed import.
 */
export async function bundle({ source, outfile, roots, platform, kind, pinned = [], isPublished = async () => false }) {
  const release = Object.values(roots)[0]
  const needs = new Map()
  const packages = new Set(Object.entries(roots).map(([name, version]) => `${name}@${version}`))
  const stubs = new Set()
  const plugin = {
    name: 'taro-packages',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^[^./]/ }, async args => {
        if (args.path.startsWith('\0') || args.namespace === 'stub') return undefined
        const [, name, subpath] = /^(@[^/]+\/[^/]+|[^/]+)(?:\/(.*))?$/.exec(args.path)
        const from = owner(args.importer)
        const declared = from?.manifest.dependencies?.[name] ?? from?.manifest.peerDependencies?.[name]
        const recorded = pinned.filter(spec => spec.name === name)
        const resolve = range => (recorded.length === 1 ? recorded[0].version : satisfying(name, range))
        let version = roots[name]
        if (from?.name === name) version = from.version
        else if (name in roots) version = roots[name]
        // One of Taro's own packages: Taro's CLI gives a project every @tarojs package at the project's
        // version, once, and its build resolves each to that one copy (a platform package that skipped the
        // release, such as plugin-platform-alipay 4.2.0 in a 4.2.1 project, shares the project's @tarojs/shared).
        else if (name.startsWith('@tarojs/') && recorded.length === 0 && await isPublished(name, release)) version = release
        else if (declared && !/^(workspace:|file:|link:)/.test(declared)) version = await resolve(declared)
        // Imported without being declared (Taro's packages rely on their siblings being installed): a
        // root's version, else the newest patch of the importer's own line.
        else if (from && name.startsWith('@tarojs/')) version ??= await resolve(from.version.replace(/\.\d+$/, '.x'))
        if (!version || frameworks.test(name)) {
          stubs.add(name)
          return { path: args.path, namespace: 'stub' }
        }
        packages.add(`${name}@${version}`)
        if (!existsSync(join(packageDir(name, version), 'package.json'))) {
          needs.set(`${name}@${version}`, { name, version })
          return { path: args.path, external: true }
        }
        const resolved = await esbuild.resolve(subpath ? `./${subpath}` : './', { resolveDir: packageDir(name, version), kind: args.kind })
        if (resolved.errors.length > 0) throw new Error(`cannot resolve ${args.path} in ${packageDir(name, version)}`)
        return { path: resolved.path }
      })
      esbuild.onLoad({ filter: /.*/, namespace: 'stub' }, args => ({
        contents: `module.exports = globalThis.__probeStub(${JSON.stringify(args.path)})`,
        loader: 'js',
      }))
    },
  }
  await build({
    stdin: { contents: source, resolveDir: taroCache, loader: 'js', sourcefile: 'probe-entry.js' },
    bundle: true,
    outfile,
    format: 'cjs',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
    loader: { '.js': 'jsx' },
    jsx: 'transform',
    define: defines(platform, kind),
    plugins: [plugin],
  })
  if (needs.size > 0) return { needs: [...needs.values()] }
  const split = spec => ({ name: spec.slice(0, spec.lastIndexOf('@')), version: spec.slice(spec.lastIndexOf('@') + 1) })
  return { packages: [...packages].sort().map(split), stubs: [...stubs].sort() }
}
