/**
 * A render thread's Node options: the build's, less the module hooks it was started with
 * (`--import`, `--require`, `--loader`, `--experimental-loader`: tsx's, when `pnpm build` runs
 * through tsx). A thread inherits them by default, and then every module it imports, Eleventy's
 * hundreds among them, goes through the hooks' own thread; render-thread.js registers tsx itself
 * where it is needed.
 */
export function threadExecArgv(execArgv: readonly string[]): string[] {
  const hooks = ['--import', '--require', '-r', '--loader', '--experimental-loader']
  const kept: string[] = []
  for (let index = 0; index < execArgv.length; index++) {
    const arg = execArgv[index] as string
    if (hooks.includes(arg)) index++
    else if (!hooks.some((flag) => arg.startsWith(`${flag}=`))) kept.push(arg)
  }
  return kept
}
