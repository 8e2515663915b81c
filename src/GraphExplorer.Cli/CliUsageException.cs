namespace GraphExplorer.Cli;

/// <summary>The command line asked for something that cannot be: the message says what and why (exit code 2).</summary>
/// <param name="message">What is wrong, naming the argument.</param>
/// <param name="innerException">The cause, if any.</param>
internal sealed class CliUsageException(string message, Exception? innerException = null) : Exception(message, innerException);
