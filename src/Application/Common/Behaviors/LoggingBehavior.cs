using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace ThiDua.Application.Common.Behaviors;

/// <summary>Logs each message's name and elapsed time (never its content, which may hold personal data).</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private const long SlowThresholdMs = 500;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var name = typeof(TMessage).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (elapsedMs > SlowThresholdMs)
            {
                LogSlow(logger, name, elapsedMs);
            }
            else
            {
                LogHandled(logger, name, elapsedMs);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {MessageName} in {ElapsedMs} ms")]
    private static partial void LogHandled(ILogger logger, string messageName, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow message {MessageName}: {ElapsedMs} ms")]
    private static partial void LogSlow(ILogger logger, string messageName, long elapsedMs);
}
