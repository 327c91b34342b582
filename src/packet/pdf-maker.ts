// Who made a PDF, as its document information says: the same in every file of a packet.
export const PDF_MAKER = { Creator: 'petition-courier', Producer: 'petition-courier' } as const;
