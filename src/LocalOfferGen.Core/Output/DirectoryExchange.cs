using System.Runtime.InteropServices;

namespace LocalOfferGen.Output;

/// <summary>Swaps two folders in one atomic step, so that at every instant each name holds one complete folder:
/// <c>renameat2(RENAME_EXCHANGE)</c> on Linux (kernel 3.15 or later, on file systems that support it), and
/// <c>renamex_np(RENAME_SWAP)</c> on macOS (APFS). Windows has no such call; there, and where the file system
/// refuses, <see cref="TrySwap"/> returns false and the caller falls back to two renames.</summary>
internal static class DirectoryExchange
{
    private const int AtCurrentFolder = -100;      // AT_FDCWD
    private const uint RenameExchange = 2;          // RENAME_EXCHANGE (Linux)
    private const uint RenameSwap = 2;              // RENAME_SWAP (macOS)

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> were swapped; false when this system or
    /// file system cannot do it atomically (nothing was changed). Other failures throw an <see cref="IOException"/>.</summary>
    public static bool TrySwap(string a, string b)
    {
        int result;
        try
        {
            if (OperatingSystem.IsLinux()) result = renameat2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange);
            else if (OperatingSystem.IsMacOS()) result = renamex_np(a, b, RenameSwap);
            else return false;
        }
        catch (EntryPointNotFoundException) { return false; }   // a C library without the call (old glibc, some musl)
        catch (DllNotFoundException) { return false; }
        if (result == 0) return true;
        var errno = Marshal.GetLastPInvokeError();
        // EINVAL: the file system does not support the flag; ENOSYS (38 Linux, 78 macOS): no such call; ENOTSUP (95, 45).
        if (errno is 22 or 38 or 45 or 78 or 95) return false;
        throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)}: '{b}'", errno);
    }

    // Strings marshal as UTF-8 on Linux and macOS.
    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int renamex_np(string from, string to, uint flags);
}
