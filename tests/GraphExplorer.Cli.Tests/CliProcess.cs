using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GraphExplorer.Cli.Tests;

/// <summary>
/// The built CLI run as a child process: <c>dotnet GraphExplorer.Cli.dll ...</c>, the dll (with its deps.json and
/// runtimeconfig.json) copied beside the test assembly by the project reference, run by the same dotnet as the tests.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Func<string, bool>? _watch;
    private readonly TaskCompletionSource<string> _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CliProcess(Process process, Func<string, bool>? watch)
    {
        _process = process;
        _watch = watch;
    }

    /// <summary>The CLI's entry assembly, beside the test assembly.</summary>
    public static string CliAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "GraphExplorer.Cli.dll");

    /// <summary>The first stderr line <c>watch</c> accepted; never completes when none did.</summary>
    public Task<string> Seen => _seen.Task;

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts the CLI.</summary>
    /// <param name="args">Its arguments.</param>
    /// <param name="watch">Called with each stderr line until it returns <see langword="true"/>, which completes <see cref="Seen"/>.</param>
    /// <param name="environment">Extra environment variables.</param>
    /// <returns>The running process; dispose it to kill it if still running.</returns>
    public static CliProcess Start(IEnumerable<string> args, Func<string, bool>? watch = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.True(File.Exists(CliAssembly), $"The CLI is not built beside the tests: {CliAssembly}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(CliAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process, watch);
        process.ErrorDataReceived += (_, e) => cli.OnError(e.Data);
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return cli;
    }

    /// <summary>Runs the CLI to the end.</summary>
    /// <param name="args">Its arguments.</param>
    /// <param name="environment">Extra environment variables.</param>
    /// <param name="cancellationToken">Cancels the wait (the process is killed then).</param>
    /// <returns>The exit code and stderr.</returns>
    public static async Task<(int ExitCode, string Error)> RunAsync(
        IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var error = new System.Text.StringBuilder();
        using var cli = Start(args, line =>
        {
            lock (error)
            {
                error.AppendLine(line);
            }

            return false;
        }, environment);
        var exitCode = await cli.WaitForExitAsync(cancellationToken);
        lock (error)
        {
            return (exitCode, error.ToString());
        }
    }

    /// <summary>Kills the process and everything it started, and waits for it to be gone.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the process has exited.</returns>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own first.
        }

        await _process.WaitForExitAsync(cancellationToken);
    }

    /// <summary>Waits for the process to exit.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Its exit code.</returns>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Kills the process if it still runs.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }

        _process.Dispose();
    }

    /// <summary>The dotnet host running the tests (DOTNET_HOST_PATH under <c>dotnet test</c>), else the one owning this runtime, else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetHost()
    {
        var executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        // The runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = Path.Combine(root, executable);
        return File.Exists(candidate) ? candidate : executable;
    }

    private void OnError(string? line)
    {
        if (line is not null && !_seen.Task.IsCompleted && _watch is not null && _watch(line))
        {
            _seen.TrySetResult(line);
        }
    }
}
