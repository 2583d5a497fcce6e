// Broad areas the sources group narrower topics under, so that a record about one of those is about the area ("the
// 4th JIC projects in sustainability" holds the green energy storage centre, though its text never says the word).

/**
 * Each area and its narrower topics, as the sources group them: 001 names green energy storage among the 4th JIC's
 * projects "in emerging areas such as AI and sustainability"; 004 and IFG-3 put cutting carbon emissions and managing
 * electric-vehicle batteries under "the green economy and sustainability". (Topics in the records' normal form.)
 */
const NARROWER: Readonly<Record<string, readonly string[]>> = {
  sustainability: [
    'renewable energy',
    'green energy',
    'green tech',
    'energy storage',
    'carbon capture',
    'low carbon solutions',
    'new energy vehicles',
  ],
};

/** The narrower topics of an area (none for a topic that is no area). */
export const narrowerTopics = (topic: string): readonly string[] => NARROWER[topic] ?? [];
