namespace ThiDua.Domain.People;

/// <summary>Giới tính; a woman is preferred among equal candidates (Decree 152/2025/NĐ-CP, Art. 4.6).</summary>
public enum Gender
{
    Male = 1,
    Female = 2,
}
