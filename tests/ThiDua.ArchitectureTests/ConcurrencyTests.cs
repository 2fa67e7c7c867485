using System.Reflection;
using System.Text.RegularExpressions;
using Mediator;
using Mono.Cecil;
using Mono.Cecil.Cil;
using ThiDua.Application.Common.Concurrency;

namespace ThiDua.ArchitectureTests;

/// <summary>
/// Concurrency is declared (ADR 0020): a command that holds rows declares them (<see cref="ILockingCommand"/>) and
/// <c>LockingBehavior</c> takes them in one global order. These rules read the handlers' IL (through Mono.Cecil), so a
/// handler that loads for change without the declared path fails here, not in production under load.
/// </summary>
public sealed partial class ConcurrencyTests
{
    private static readonly Lazy<ModuleDefinition> ApplicationModule = new(() => ModuleDefinition.ReadModule(Layers.Application.Location));

    [Fact]
    public void DomainRepositories_HaveNoLockVerbs()
    {
        var repositories = RepositoryInterfaces();
        repositories.ShouldNotBeEmpty();

        repositories.SelectMany(r => r.GetMethods().Select(m => $"{r.Name}.{m.Name}"))
            .Where(name => name.Split('.')[1].StartsWith("Lock", StringComparison.Ordinal))
            .ShouldBeEmpty("Lock verbs do not belong on Domain repository interfaces: a command declares its locks (ILockingCommand)");
    }

    [Fact]
    public void DeclaredPathMethods_WhenSelected_AreTheRepositoriesLoadsForChangeAndReference()
    {
        // The rule below can never pass by selecting nothing: every lockable aggregate's repository has such a load.
        var selected = DeclaredPathMethods().Select(m => m.DeclaringType!.Name).Distinct().ToList();

        selected.ShouldBe(["ICampaignRepository", "ICovenantRepository", "INominationRepository", "IUnitRepository"], ignoreOrder: true);
    }

    [Fact]
    public void CommandHandlers_WhenLoadingForChangeOrReference_HandleACommandThatDeclaresItsLocks()
    {
        var declaredPath = DeclaredPathMethods().Select(m => (m.DeclaringType!.FullName!, m.Name)).ToHashSet();
        var handlers = CommandHandlers();
        handlers.ShouldNotBeEmpty();

        var loaders = handlers
            .Select(h => (h.Handler, h.Command, Loads: ReachableCalls(h.Handler).Where(c => declaredPath.Contains(c)).ToList()))
            .Where(h => h.Loads.Count > 0)
            .ToList();
        loaders.ShouldNotBeEmpty();

        loaders
            .Where(h => !typeof(ILockingCommand).IsAssignableFrom(h.Command))
            .Select(h => $"{h.Handler.Name} loads {string.Join(", ", h.Loads.Select(l => $"{l.Item1.Split('.')[^1]}.{l.Item2}").Distinct())} " +
                $"but {h.Command.Name} does not declare its locks (ILockingCommand)")
            .ShouldBeEmpty("A command handler loads for change or for reference only through the declared path (ADR 0020)");
    }

    [Fact]
    public void DomainEventHandlers_DoNotUseTheDeclaredPath()
    {
        var declaredPath = DeclaredPathMethods().Select(m => (m.DeclaringType!.FullName!, m.Name)).ToHashSet();
        var handlers = Layers.Application.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>)))
            .ToList();
        handlers.ShouldNotBeEmpty();

        handlers.Where(h => ReachableCalls(h).Any(declaredPath.Contains)).Select(h => h.FullName)
            .ShouldBeEmpty("A domain-event handler cannot declare locks (its event may come from any command): it loads for change with a load that locks in its own statement");
    }

    [Fact]
    public void LockingCommands_DeclareAtLeastOneLockKindEach()
    {
        var commands = Layers.Application.GetTypes().Where(t => typeof(ILockingCommand).IsAssignableFrom(t) && t.IsClass).ToList();
        commands.ShouldNotBeEmpty();
        commands.Where(t => !typeof(IBaseCommand).IsAssignableFrom(t)).Select(t => t.FullName)
            .ShouldBeEmpty("Only commands declare locks: queries run outside a transaction");
    }

    [GeneratedRegex("^Get\\w*For(Change|Reference)Async$")]
    private static partial Regex LoadForChangeOrReference();

    private static List<Type> RepositoryInterfaces() =>
        Layers.Domain.GetTypes().Where(t => t.IsInterface && t.Name.StartsWith('I') && t.Name.EndsWith("Repository", StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Loads for change or for reference of aggregates whose locks a command declares (a <see cref="LockedResource"/>
    /// named after the repository). People are found in a command's data, so their load locks in its own statement.
    /// </summary>
    private static List<MethodInfo> DeclaredPathMethods()
    {
        var lockable = Enum.GetNames<LockedResource>().ToHashSet(StringComparer.Ordinal);
        return RepositoryInterfaces()
            .Where(r => lockable.Contains(r.Name[1..^"Repository".Length]))
            .SelectMany(r => r.GetMethods())
            .Where(m => LoadForChangeOrReference().IsMatch(m.Name))
            .ToList();
    }

    private static List<(Type Handler, Type Command)> CommandHandlers() =>
        Layers.Application.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract)
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType
                    && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(ICommandHandler<>)))
                .Select(i => (t, i.GetGenericArguments()[0])))
            .Distinct()   // ICommandHandler<T> is also ICommandHandler<T, Unit>
            .ToList();

    /// <summary>
    /// Every method called (or taken as a delegate) from the handler's code, following calls into the Application
    /// assembly (access helpers, services) and into async state machines and lambdas; as (declaring type, name).
    /// </summary>
    private static HashSet<(string, string)> ReachableCalls(Type handler)
    {
        var module = ApplicationModule.Value;
        var start = module.GetType(handler.FullName!.Replace('+', '/'))
            ?? throw new InvalidOperationException($"{handler.FullName} not found by Cecil.");
        var calls = new HashSet<(string, string)>();
        var visited = new HashSet<MethodDefinition>();
        var queue = new Queue<MethodDefinition>(start.Methods);
        while (queue.TryDequeue(out var method))
        {
            if (!visited.Add(method))
            {
                continue;
            }

            foreach (var stateMachine in method.CustomAttributes
                .Where(a => a.AttributeType.Name is "AsyncStateMachineAttribute" or "IteratorStateMachineAttribute")
                .Select(a => ((TypeReference)a.ConstructorArguments[0].Value).Resolve()))
            {
                stateMachine.Methods.ToList().ForEach(queue.Enqueue);
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.OpCode.Code is not (Code.Call or Code.Callvirt or Code.Newobj or Code.Ldftn or Code.Ldvirtftn)
                    || instruction.Operand is not MethodReference called)
                {
                    continue;
                }

                calls.Add((called.DeclaringType.GetElementType().FullName, called.Name));
                if (called.DeclaringType.Scope == module || called.DeclaringType.Module == module)
                {
                    if (called.Resolve() is { } definition)
                    {
                        queue.Enqueue(definition);
                    }
                }
            }
        }

        return calls;
    }
}
