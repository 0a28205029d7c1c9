import Testing

@testable import RetroMetadataCore

@Suite struct DisplayTitleTests {
    @Test(arguments: [
        ("Legend of Zelda, The - A Link to the Past", "The Legend of Zelda: A Link to the Past"),
        ("Legend of Zelda, The", "The Legend of Zelda"),
        ("7th Saga, The", "The 7th Saga"),
        ("Addams Family, The - Pugsley's Scavenger Hunt", "The Addams Family: Pugsley's Scavenger Hunt"),
        ("Batman - The Brave and the Bold - The Videogame", "Batman: The Brave and the Bold - The Videogame"),
        ("Super_Mario_World", "Super Mario World"),
        ("Super Mario World", "Super Mario World"),
        ("Pirates, Ahoy", "Pirates, Ahoy"),
        ("Schtroumpfs, Les", "Les Schtroumpfs"),
    ])
    func displayTitle(input: String, expected: String) {
        #expect(RomName.displayTitle(of: input) == expected)
    }
}
