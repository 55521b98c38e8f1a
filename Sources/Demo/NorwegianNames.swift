/// Common Norwegian and Northern Sami given names and surnames for synthetic members.
public enum NorwegianNames {
    public static let givenNames = [
        "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna",
        "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria", "Elisabeth", "Kristin", "Silje", "Tone", "Åse",
        "Gunn", "Ragnhild", "Sigrid", "Ellen", "Máret", "Ánne", "Inga", "Sunniva", "Nora", "Emma", "Thea",
        "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Hans", "Geir", "Terje", "Odd",
        "Tor", "Morten", "Erik", "Rune", "Trond", "Jon", "Øystein", "Håkon", "Ørjan", "Steinar", "Nils",
        "Áslak", "Mikkel", "Johan", "Sindre", "Magnus", "Jonas", "Eirik", "Ståle", "Frode", "Asbjørn",
    ]

    public static let surnames = [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
        "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
        "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen",
        "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen",
        "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde",
        "Hætta", "Sara", "Eira", "Gaup", "Somby", "Utsi", "Bongo", "Oskal", "Turi", "Buljo", "Måsø", "Næss",
        "Øvergård", "Ødegård", "Aasheim", "Hætta-Sara", "Brønstad", "Skjælaaen", "Fjellheim", "Nordmo",
    ]
}
