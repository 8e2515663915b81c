using System.Diagnostics;

namespace GraphExplorer.Bench.Measurement;

/// <summary>
/// Reads the process's peak working set. On Linux the peak can be reset between phases (writing <c>5</c> to
/// <c>/proc/self/clear_refs</c> resets <c>VmHWM</c>), so each phase reports its own peak; elsewhere the peak is
/// the process's since it started.
/// </summary>
public static class MemoryProbe
{
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>Resets the peak working set to the current one, where the system allows it.</summary>
    /// <returns><see langword="true"/> when the peak was reset.</returns>
    public static bool TryResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The peak working set since the process started or the last reset, in MiB.</summary>
    /// <returns>The peak in MiB.</returns>
    public static double PeakWorkingSetMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (double)Units.BytesPerMegabyte;
    }
}
