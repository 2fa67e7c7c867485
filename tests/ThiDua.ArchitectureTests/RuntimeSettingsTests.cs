using System.Text.Json;

namespace ThiDua.ArchitectureTests;

/// <summary>
/// The runtime settings the API ships with (ADR 0044): they are build output, so a change to the project file that drops
/// them would otherwise pass every functional test (those run the API inside the test host, under its settings).
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void ApiRuntimeConfig_ChoosesWorkstationConcurrentGcThatConservesMemory()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ThiDua.Api.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var properties = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.True(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.Equal(9, properties.GetProperty("System.GC.ConserveMemory").GetInt32());
    }
}
