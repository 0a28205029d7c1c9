import Testing

@testable import RetroMetadataCore

@Suite struct SearchTermNormalizerTests {
    /// The spec's examples.
    @Test(arguments: [
        ("The Legend of Zelda", "legend of zelda"),
        ("Legend of Zelda, The: A Link to the Past", "legend of zelda a link to the past"),
        ("Pokémon Red", "pokemon red"),
        ("Ōkami", "okami"),
        ("Tom Clancy's Splinter Cell", "tom clancy s splinter cell"),
        ("Donkey Kong & Diddy Kong", "donkey kong diddy kong"),
        ("A.B. Cop", "b cop"),
        ("Super_Mario_World", "super mario world"),
        ("Legend of Zelda, The", "legend of zelda"),
        ("Legend of Zelda, The - A Link to the Past", "legend of zelda a link to the past"),
        ("Theme Park", "theme park"),
        ("Another World", "another world"),
        ("  Spaced   Out  ", "spaced out"),
        ("", ""),
    ])
    func normalizes(input: String, expected: String) {
        #expect(SearchTermNormalizer.normalize(input) == expected)
    }

    @Test func keepsPunctuationWhenAsked() {
        #expect(
            SearchTermNormalizer.normalize("Super Mario Bros. 3", removePunctuation: false) == "super mario bros. 3")
        #expect(
            SearchTermNormalizer.normalize("The  Legend_of   Zelda!!", removePunctuation: false)
                == "legend of   zelda!!")
    }

    @Test func keepsArticlesWhenAsked() {
        #expect(SearchTermNormalizer.normalize("The Legend of Zelda", removeArticles: false) == "the legend of zelda")
    }

    @Test func commaArticleNeedsPunctuationOrEnd() {
        // `, the` followed by a word is part of the title.
        #expect(SearchTermNormalizer.normalize("Hunt, the Wumpus") == "hunt the wumpus")
    }
}
