namespace ThiDua.Domain.Common;

/// <summary>
/// Yearly rating of quality / task completion (xếp loại chất lượng, mức độ hoàn thành nhiệm vụ), ordered from lowest to
/// highest: không hoàn thành (KHTNV), hoàn thành (HTNV), hoàn thành tốt (HTTNV), hoàn thành xuất sắc (HTXSNV).
/// </summary>
public enum PerformanceRating
{
    NotCompleted = 1,
    Completed = 2,
    Good = 3,
    Excellent = 4,
}

/// <summary>A rating for one year, with the document that records it.</summary>
public sealed class YearRating
{
    private YearRating()
    {
    }

    public int Year { get; private set; }

    public PerformanceRating Rating { get; private set; }

    public DocumentReference? Document { get; private set; }

    public static YearRating Create(int year, PerformanceRating rating, DocumentReference? document) =>
        new() { Year = year, Rating = rating, Document = document };

    /// <summary>Records a year's rating in <paramref name="ratings"/>, correcting the year's earlier rating in place.</summary>
    internal static void Record(List<YearRating> ratings, int year, PerformanceRating rating, DocumentReference? document)
    {
        if (ratings.FirstOrDefault(r => r.Year == year) is { } existing)
        {
            existing.Rating = rating;
            existing.Document = document;
            return;
        }

        ratings.Add(Create(year, rating, document));
    }
}
