using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using Mediator;
using NetArchTest.Rules;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Common;

namespace ThiDua.ArchitectureTests;

/// <summary>
/// Naming and shape conventions of architecture.md §B.2-§B.4. Each NetArchTest rule is paired with a check that
/// its selection is not empty and matches what reflection finds, so a rule can never pass by selecting nothing.
/// </summary>
public sealed class ConventionTests
{
    private static readonly Type[] HandlerInterfaces = [typeof(ICommandHandler<,>), typeof(ICommandHandler<>), typeof(IQueryHandler<,>)];

    [Fact]
    public void Handlers_WhenSelectedByNetArchTest_MatchEveryCommandAndQueryHandler()
    {
        var selected = HandlerSelection().GetTypes().ToHashSet();

        selected.ShouldNotBeEmpty();
        selected.ShouldBe(CommandAndQueryHandlers(), ignoreOrder: true);
    }

    [Fact]
    public void TheDbContext_ListsEveryEntityConfigurationOfTheInfrastructure()
    {
        var configurations = Layers.Infrastructure.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<>)))
            .ToList();

        configurations.ShouldNotBeEmpty();
        ThiDua.Infrastructure.Persistence.ThiDuaDbContext.EntityConfigurationTypes.ShouldBe(configurations, ignoreOrder: true);
    }

    [Fact]
    public void Handlers_AreSealedAndPublic()
    {
        HandlerSelection()
            .Should().BeSealed()
            .And().BePublic()
            .GetResult()
            .ShouldPass("Command and query handlers must be public (the Mediator source generator needs them) and sealed");
    }

    [Fact]
    public void Handlers_HaveNamesEndingWithHandler()
    {
        HandlerSelection()
            .Should().HaveNameEndingWith("Handler", StringComparison.Ordinal)
            .GetResult()
            .ShouldPass("Command and query handlers must be named <Message>Handler");
    }

    [Fact]
    public void Handlers_WhenNamedAfterTheirMessage_HandleThatMessage()
    {
        var misnamed = CommandAndQueryHandlers()
            .Where(handler => !HandledMessages(handler).Any(message => handler.Name == message.Name + "Handler"))
            .Select(handler => handler.FullName)
            .ToList();

        misnamed.ShouldBeEmpty("A handler must be named <Message>Handler after the message it handles");
    }

    [Fact]
    public void Handlers_HaveNoDependencyOnUnitOfWork()
    {
        Types.InAssembly(Layers.Application)
            .That().ImplementInterface(typeof(ICommandHandler<,>))
            .Or().ImplementInterface(typeof(ICommandHandler<>))
            .Or().ImplementInterface(typeof(IQueryHandler<,>))
            .Or().ImplementInterface(typeof(INotificationHandler<>))
            .ShouldNot().HaveDependencyOn(typeof(IUnitOfWork).FullName)
            .GetResult()
            .ShouldPass("Only UnitOfWorkBehavior commits; handlers never call SaveChanges (ADR 0001)");
    }

    [Fact]
    public void UseCases_WhenOutsideApplication_DoNotExist()
    {
        var misplaced = new[] { Layers.Domain, Layers.Infrastructure, Layers.Api }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract
                && (HandlerInterfaces.Any(i => Implements(t, i)) || InheritsGeneric(t, typeof(AbstractValidator<>))))
            .Select(t => t.FullName)
            .ToList();

        misplaced.ShouldBeEmpty("Command/query handlers and validators belong in ThiDua.Application");
    }

    [Fact]
    public void NotificationHandlers_AreSealedAndPublic()
    {
        var notificationHandlers = Layers.Application.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && Implements(t, typeof(INotificationHandler<>)))
            .ToList();

        notificationHandlers.ShouldNotBeEmpty();
        notificationHandlers.Where(t => !t.IsSealed || !t.IsPublic).Select(t => t.FullName)
            .ShouldBeEmpty("Domain-event handlers must be public and sealed");
    }

    [Fact]
    public void Validators_AreSealedAndNamedValidator()
    {
        var selection = Types.InAssembly(Layers.Application).That().Inherit(typeof(AbstractValidator<>));
        var validators = Layers.Application.GetTypes().Where(t => !t.IsAbstract && InheritsGeneric(t, typeof(AbstractValidator<>))).ToList();
        validators.ShouldNotBeEmpty();
        selection.GetTypes().ShouldBe(validators, ignoreOrder: true);

        selection
            .Should().BeSealed()
            .And().HaveNameEndingWith("Validator", StringComparison.Ordinal)
            .GetResult()
            .ShouldPass("Validators must be sealed and named <Message>Validator");
    }

    [Fact]
    public void DomainEvents_AreSealedAndNamedDomainEvent()
    {
        var selection = Types.InAssembly(Layers.Domain).That().ImplementInterface(typeof(IDomainEvent)).And().AreClasses();
        selection.GetTypes().ShouldNotBeEmpty();

        selection
            .Should().BeSealed()
            .And().HaveNameEndingWith("DomainEvent", StringComparison.Ordinal)
            .GetResult()
            .ShouldPass("Domain events must be sealed and named <PastTense>DomainEvent");
    }

    [Fact]
    public void DomainEvents_AreImmutableRecords()
    {
        var events = DomainEventTypes();
        events.ShouldNotBeEmpty();

        events.Where(t => !IsRecord(t)).Select(t => t.FullName)
            .ShouldBeEmpty("Domain events must be records");
        events.Where(t => !IsImmutable(t)).Select(t => t.FullName)
            .ShouldBeEmpty("Domain events must be immutable: readonly fields, no public setter other than init");
    }

    [Fact]
    public void DomainEvents_WhenImplementingTheMarker_AreClasses()
    {
        Layers.Domain.GetTypes()
            .Where(t => t != typeof(IDomainEvent) && typeof(IDomainEvent).IsAssignableFrom(t) && !t.IsClass)
            .Select(t => t.FullName)
            .ShouldBeEmpty("Domain events must be sealed record classes");
    }

    [Fact]
    public void AggregateRoots_AreSealed()
    {
        var selection = Types.InAssembly(Layers.Domain).That().Inherit(typeof(AggregateRoot<>)).And().AreNotAbstract();
        selection.GetTypes().ShouldBe(AggregateRoots(), ignoreOrder: true);
        AggregateRoots().ShouldNotBeEmpty();

        selection
            .Should().BeSealed()
            .GetResult()
            .ShouldPass("Aggregate roots must be sealed");
    }

    [Fact]
    public void AggregateRoots_HaveNoPublicSetters()
    {
        var publicSetters = AggregateRoots()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        publicSetters.ShouldBeEmpty("Aggregate state changes only through behaviour methods (architecture.md §B.3)");
    }

    [Fact]
    public void AggregateRoots_HaveNoPublicConstructors()
    {
        AggregateRoots()
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0)
            .Select(t => t.FullName)
            .ShouldBeEmpty("Aggregates are created through static factories that establish their invariants");
    }

    [Fact]
    public void DomainEntities_WhenNotRecords_HaveNoPublicSetters()
    {
        var publicSetters = Layers.Domain.GetTypes()
            .Where(t => t.IsClass && !IsRecord(t) && !IsCompilerGenerated(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        publicSetters.ShouldBeEmpty("Entities inside aggregates (terms, members, lineage events) change only through the root");
    }

    private static PredicateList HandlerSelection() =>
        Types.InAssembly(Layers.Application)
            .That().ImplementInterface(typeof(ICommandHandler<,>))
            .Or().ImplementInterface(typeof(ICommandHandler<>))
            .Or().ImplementInterface(typeof(IQueryHandler<,>));

    private static HashSet<Type> CommandAndQueryHandlers() =>
        Layers.Application.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && HandlerInterfaces.Any(i => Implements(t, i)))
            .ToHashSet();

    private static IEnumerable<Type> HandledMessages(Type handler) =>
        handler.GetInterfaces()
            .Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()))
            .Select(i => i.GetGenericArguments()[0]);

    private static List<Type> DomainEventTypes() =>
        Layers.Domain.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IDomainEvent).IsAssignableFrom(t)).ToList();

    private static List<Type> AggregateRoots() =>
        Layers.Domain.GetTypes().Where(t => t.IsClass && !t.IsAbstract && InheritsGeneric(t, typeof(AggregateRoot<>))).ToList();

    private static bool Implements(Type type, Type openInterface) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface);

    private static bool InheritsGeneric(Type type, Type openBase)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openBase)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The compiler gives every record class a <c>&lt;Clone&gt;$</c> method.</summary>
    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.Contains('<', StringComparison.Ordinal);

    private static bool IsImmutable(Type type)
    {
        const BindingFlags instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        var fieldsReadonly = type.GetFields(instance).All(f => f.IsInitOnly);
        var noPublicMutableSetter = type.GetProperties(instance)
            .All(p => p.SetMethod is not { IsPublic: true } setter || IsInitOnly(setter));
        return fieldsReadonly && noPublicMutableSetter;
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
